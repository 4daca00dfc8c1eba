/** ISO days of the week as the API numbers them: 1 = Monday … 7 = Sunday. */
export const dayOfWeekLabels: Record<string, string> = {
  '1': 'Monday',
  '2': 'Tuesday',
  '3': 'Wednesday',
  '4': 'Thursday',
  '5': 'Friday',
  '6': 'Saturday',
  '7': 'Sunday',
};

export const dayOfWeekOptions = Object.entries(dayOfWeekLabels).map(([value, label]) => ({ value, label }));
