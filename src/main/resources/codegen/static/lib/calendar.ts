import type { CmsItem, ContentTypeDef } from '@/lib/cms';
import { placeOf, summaryOf, titleOf, withRole } from '@/lib/roles';
import { str } from '@/lib/values';

// RFC 5545 text: backslash, semicolon, comma and line breaks escaped.
function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

// Lines longer than 75 octets continue on the next line after a space.
function fold(line: string): string {
  const bytes = new TextEncoder();
  if (bytes.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    if (bytes.encode(current + char).length > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function stamp(value: string | null): string | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `;VALUE=DATE:${value.replace(/-/g, '')}`;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  return `:${date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`;
}

function nextDay(value: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The item as an iCalendar file with one VEVENT, or null when it has no start. */
export async function calendarOf(item: CmsItem, type: ContentTypeDef, url: string): Promise<string | null> {
  const startValue = str((withRole(item, type, 'start') ?? withRole(item, type, 'date'))?.value);
  const start = stamp(startValue);
  if (!startValue || !start) return null;
  const endValue = str(withRole(item, type, 'end')?.value);
  // An all-day event ends (exclusively) on the next day.
  const end = stamp(endValue) ?? (start.startsWith(';VALUE=DATE') ? stamp(nextDay(startValue)) : null);
  const place = await placeOf(item, type);
  const location = [place?.name, place?.address].filter(Boolean).join(', ');
  const description = summaryOf(item, type, 1000);
  const host = url.replace(/^https?:\/\//, '').split('/')[0] || 'sitewright.site';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Sitewright//Generated site//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${item.id}@${host}`,
    `DTSTAMP${stamp(item.updatedAt) ?? stamp(new Date().toISOString())}`,
    `DTSTART${start}`,
    ...(end ? [`DTEND${end}`] : []),
    `SUMMARY:${text(titleOf(item, type))}`,
    ...(description ? [`DESCRIPTION:${text(description)}`] : []),
    ...(location ? [`LOCATION:${text(location)}`] : []),
    ...(url.startsWith('http') ? [`URL:${url}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
