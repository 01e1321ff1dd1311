/** Placeholders: a title or speaker still to be announced. */

/** Placeholders kept as titles and marked: `TBD`, `TBA`, `未定`, `Segunda charla`. */
export const PLACEHOLDERS = [
  'tbd', 'tba', 'tbc', 'to be announced', 'to be determined', 'to be confirmed', 'n/a', '???', '?', '未定', 'tbd.',
  'segunda charla', 'primera charla', 'tercera charla', 'charla por confirmar', 'por confirmar', 'por definir',
  'à confirmer', 'à définir', 'wird noch bekannt gegeben', 'folgt', 'tba.', 'tbc.', '待定', '未定です', 'nog niet bekend', 'do ustalenia',
];

/** Placeholders that end a title or name: `Speaker TBD`, `Title to be announced`. */
export const PLACEHOLDER_ENDINGS = ['tbd', 'tba', 'tbc', 'to be announced', 'to be determined', 'to be confirmed'];
