/**
 * US states with a consumer privacy law of their own besides California, and how many days each gives to answer a
 * request (each allows one 45-day extension). A state not listed has no such law: the general US rules apply. Laws
 * are listed from the day they are in force or about to be; requests are not checked against that day.
 */
export const US_STATE_LAWS: Readonly<Record<string, { responseDays: number }>> = {
  CO: { responseDays: 45 },
  CT: { responseDays: 45 },
  DE: { responseDays: 45 },
  IA: { responseDays: 90 },
  IN: { responseDays: 45 },
  KY: { responseDays: 45 },
  MD: { responseDays: 45 },
  MN: { responseDays: 45 },
  MT: { responseDays: 45 },
  NE: { responseDays: 45 },
  NH: { responseDays: 45 },
  NJ: { responseDays: 45 },
  OR: { responseDays: 45 },
  RI: { responseDays: 45 },
  TN: { responseDays: 45 },
  TX: { responseDays: 45 },
  UT: { responseDays: 45 },
  VA: { responseDays: 45 },
};
