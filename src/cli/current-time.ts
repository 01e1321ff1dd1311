/** DTSTAMP and other stamps: SOURCE_DATE_EPOCH (seconds) when set, for reproducible output; else now. */
export function currentTime(env: Record<string, string | undefined>): Date {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && /^\d{1,12}$/u.test(epoch.trim())) return new Date(Number(epoch.trim()) * 1000);
  return new Date();
}
