import { cache } from 'react';
import { first } from '@/lib/cms';
import { str } from '@/lib/values';

export interface SiteFormat {
  currency: string;
  locale: string;
}

// A currency's usual locale, for sites whose settings name a currency but no locale.
const LOCALES: Record<string, string> = {
  USD: 'en-US', GBP: 'en-GB', EUR: 'en-IE', CAD: 'en-CA', AUD: 'en-AU', NZD: 'en-NZ', CHF: 'de-CH',
  SEK: 'sv-SE', NOK: 'nb-NO', DKK: 'da-DK', JPY: 'ja-JP', INR: 'en-IN', ZAR: 'en-ZA', SGD: 'en-SG',
};

function validLocale(locale: string | null): string | null {
  if (!locale) return null;
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale]).length > 0 ? locale : null;
  } catch {
    return null;
  }
}

// Prices and dates follow the site settings' currency (and locale, when set); USD in en-US otherwise.
export const siteFormat = cache(async (): Promise<SiteFormat> => {
  const settings = await first('siteSettings');
  const named = str(settings?.data.currency)?.toUpperCase() ?? null;
  const currency = named && /^[A-Z]{3}$/.test(named) ? named : 'USD';
  const locale = validLocale(str(settings?.data.locale)) ?? LOCALES[currency] ?? 'en-US';
  return { currency, locale };
});

export function formatPrice(value: number, format: SiteFormat): string {
  try {
    return new Intl.NumberFormat(format.locale, { style: 'currency', currency: format.currency }).format(value);
  } catch {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(value);
  }
}

function asDate(value: unknown): Date | null {
  const text = str(value);
  if (!text) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "Saturday 14 March 2026"; dates are shown in UTC, as they are stored. */
export function formatDay(value: unknown, format: SiteFormat): string | null {
  const date = asDate(value);
  return date
    ? date.toLocaleDateString(format.locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    : str(value);
}

export function formatTime(value: unknown, format: SiteFormat): string | null {
  const text = str(value);
  const date = asDate(value);
  if (!text || !date || !text.includes('T')) return null;
  return date.toLocaleTimeString(format.locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
}

export function formatShortDate(value: unknown, format: SiteFormat): string | null {
  const date = asDate(value);
  return date ? date.toLocaleDateString(format.locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }) : str(value);
}
