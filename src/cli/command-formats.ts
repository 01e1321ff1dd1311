/** The formats `agenda` and `list` take: here, so that declaring the commands loads none of their code. */
export const AGENDA_FORMATS = ['table', 'tsv', 'csv'] as const;
export const LIST_FORMATS = ['table', 'json', 'ndjson', 'tsv', 'csv', 'markdown'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];
