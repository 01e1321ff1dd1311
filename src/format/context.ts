/** What a formatter may know about where its output goes; passed in, never read by the formatter. */
export interface FormatContext {
  /** Whether to style the output with colour. */
  color: boolean;
  /** Terminal width in columns. */
  width: number;
  /** Several meetups were asked for (several inputs), so list-shaped output even if one came back. */
  multiple?: boolean;
}
