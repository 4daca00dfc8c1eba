import { DateTime } from 'luxon';

export const DEMO_TIMEZONE = 'Europe/Paris';
const DAY_MS = 86_400_000;

/** The demo's dates, all counted back from the moment it is seeded. */
export class DemoCalendar {
  /** The month of engagement the charts show: the 30 days before now. */
  readonly monthStart: Date;

  constructor(readonly now: Date) {
    this.monthStart = this.daysAgo(30);
  }

  daysAgo(days: number): Date {
    return new Date(this.now.getTime() - days * DAY_MS);
  }

  /** That day, `days` before today in Lyon, at this local time. */
  localTime(days: number, hour: number, minute = 0): Date {
    return DateTime.fromJSDate(this.now, { zone: DEMO_TIMEZONE })
      .minus({ days })
      .set({ hour, minute, second: 0, millisecond: 0 })
      .toJSDate();
  }

  /** The start of each local day that overlaps the month, oldest first. */
  monthDays(): DateTime[] {
    const days: DateTime[] = [];
    const last = DateTime.fromJSDate(this.now, { zone: DEMO_TIMEZONE }).startOf('day');
    for (let day = DateTime.fromJSDate(this.monthStart, { zone: DEMO_TIMEZONE }).startOf('day'); day <= last;) {
      days.push(day);
      day = day.plus({ days: 1 });
    }
    return days;
  }
}
