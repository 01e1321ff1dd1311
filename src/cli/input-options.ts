/** Options shared by the commands that read notes (declared once in program.ts, `withInputOptions`). */
export interface InputOptions {
  jobs?: number;
  output?: string;
  tz?: string;
  color?: boolean;
  width?: number;
}
