/** "1 interview", "42 interviews", with the number grouped for the person's locale. */
export function countLabel(count: number, singular: string, plural = `${singular}s`, locale?: string): string {
  return `${count.toLocaleString(locale)} ${count === 1 ? singular : plural}`;
}
