import type { Context } from '../../context';
import { parseInput } from '../../graphql/parse-input';
import { inputSchema } from '../../graphql/input-rules';
import { permissionAllowsLocation } from '../../policy/decide';
import { ConsentPurpose } from '../../policy/policy-enums';
import { completePrivacyRequest } from '../../modules/privacy/carry-out-request';
import { jurisdictionOf } from '../../modules/privacy/deadlines';
import { CreatePrivacyRequestInput } from '../../modules/privacy/dto/create-privacy-request.input';
import {
  DenyPrivacyRequestInput,
  ExtendPrivacyRequestInput,
} from '../../modules/privacy/dto/privacy-request-actions.input';
import { Jurisdiction, PrivacyRequestType } from '../../modules/privacy/privacy-request-enums';
import {
  createPrivacyRequest,
  denyPrivacyRequest,
  extendPrivacyRequest,
} from '../../modules/privacy/privacy-request.service';
import type { DemoCalendar } from './demo-calendar';
import type { DemoPerson } from './demo-people';

type Follow =
  { action: 'complete' } | { action: 'deny'; reason: string } | { action: 'extend'; reason: string; months: number };

type Scenario = {
  type: PrivacyRequestType;
  /** How the requester named themselves. */
  by: 'deviceId' | 'email' | 'externalId';
  received: [daysAgo: number, hour: number];
  then: (Follow & { at: [daysAgo: number, hour: number] })[];
  note?: string;
  /** For a request about nobody we know: the address the requester wrote from. */
  unknownEmail?: string;
  rectification?: (person: DemoPerson) => CreatePrivacyRequestInput['rectification'];
  /** An end user the API has processed all month, unless false: who may send this request. */
  engaged?: boolean;
};

/** One of each state: waiting (one nearly due), extended, carried out (access, erasures, restrictions, objections), denied. */
const SCENARIOS: Scenario[] = [
  { type: PrivacyRequestType.ACCESS, by: 'email', received: [27, 9], then: [], note: 'Sent by e-mail to the DPO' },
  {
    type: PrivacyRequestType.OBJECTION,
    by: 'deviceId',
    received: [1, 18],
    then: [],
    note: 'From the in-app privacy menu',
  },
  {
    type: PrivacyRequestType.RECTIFICATION,
    by: 'externalId',
    received: [20, 11],
    then: [
      {
        action: 'extend',
        months: 1,
        reason: 'The loyalty-card records are held by our franchise partner; we are waiting for them',
        at: [10, 15],
      },
    ],
    rectification: (person) => ({ email: `new.address${person.index}@example.com` }),
    engaged: false,
  },
  {
    type: PrivacyRequestType.ACCESS,
    by: 'email',
    received: [12, 10],
    then: [{ action: 'complete', at: [10, 16] }],
    engaged: false,
  },
  { type: PrivacyRequestType.ERASURE, by: 'deviceId', received: [9, 14], then: [{ action: 'complete', at: [7, 11] }] },
  {
    type: PrivacyRequestType.RESTRICTION,
    by: 'deviceId',
    received: [20, 9],
    then: [{ action: 'complete', at: [19, 10] }],
    note: 'Contests the accuracy of their visit history',
  },
  {
    type: PrivacyRequestType.RESTRICTION,
    by: 'email',
    received: [15, 17],
    then: [{ action: 'complete', at: [14, 9] }],
  },
  {
    type: PrivacyRequestType.RESTRICTION,
    by: 'deviceId',
    received: [6, 8],
    then: [{ action: 'complete', at: [5, 12] }],
  },
  {
    type: PrivacyRequestType.OBJECTION,
    by: 'deviceId',
    received: [18, 19],
    then: [{ action: 'complete', at: [17, 10] }],
  },
  {
    type: PrivacyRequestType.OBJECTION,
    by: 'externalId',
    received: [4, 13],
    then: [{ action: 'complete', at: [3, 9] }],
  },
  {
    type: PrivacyRequestType.CHILD_ERASURE,
    by: 'deviceId',
    received: [5, 19],
    then: [{ action: 'complete', at: [5, 21] }],
    note: 'Reported by a parent through the support form',
  },
  {
    type: PrivacyRequestType.ERASURE,
    by: 'email',
    unknownEmail: 'someone.else@example.org',
    received: [11, 16],
    then: [
      {
        action: 'deny',
        reason: 'No account uses this address; we asked the requester for the one used in the app',
        at: [8, 10],
      },
    ],
  },
];

export const privacyRequestCount = SCENARIOS.length;

/** Someone the campaigns reach: location allowed twice over, marketing granted, nothing ever withdrawn. */
function isEngaged(person: DemoPerson): boolean {
  const final = (purpose: ConsentPurpose) => person.consents.filter((c) => c.purpose === purpose).at(-1)?.granted;
  return (
    permissionAllowsLocation(person.profile.locationPermission!) &&
    final(ConsentPurpose.LOCATION) === true &&
    final(ConsentPurpose.MARKETING) === true &&
    person.habit.visitsPerDay >= 0.45
  );
}

type PrivacyStep = { at: Date; run: (request: () => Context) => Promise<void> };
type PrivacyPlan = { steps: PrivacyStep[]; leaves: Map<number, Date> };

/**
 * The requests the privacy officer received this month and what they did with them, on people chosen to fit each
 * story (under the GDPR, known before the month, reachable by the identifier they gave).
 */
export function demoPrivacyPlan(people: DemoPerson[], calendar: DemoCalendar, tenantId: string): PrivacyPlan {
  const taken = new Set<number>();
  const steps: PrivacyStep[] = [];
  const leaves = new Map<number, Date>();
  for (const scenario of SCENARIOS) {
    const person = scenario.unknownEmail
      ? undefined
      : people.find(
          (p) =>
            !p.child &&
            !taken.has(p.index) &&
            p.registeredAt < calendar.daysAgo(40) &&
            jurisdictionOf({ countryCode: p.profile.countryCode }) === Jurisdiction.EU_EEA_UK_CH &&
            (scenario.by === 'deviceId' || p.profile[scenario.by] !== undefined) &&
            (scenario.engaged === false || isEngaged(p)) &&
            (scenario.type !== PrivacyRequestType.CHILD_ERASURE ||
              (p.profile.age === undefined && p.profile.birthDate === undefined)),
        );
    if (person) taken.add(person.index);
    const subject = person ? { [scenario.by]: person.profile[scenario.by] } : { email: scenario.unknownEmail };
    let requestId = '';
    steps.push({
      at: calendar.localTime(...scenario.received),
      run: async (request) => {
        const input = parseInput(inputSchema(CreatePrivacyRequestInput), {
          tenantId,
          type: scenario.type,
          subject,
          ...(scenario.note ? { note: scenario.note } : {}),
          ...(scenario.rectification && person ? { rectification: scenario.rectification(person) } : {}),
        });
        requestId = (await createPrivacyRequest(request(), input)).id;
      },
    });
    for (const follow of scenario.then) {
      const at = calendar.localTime(...follow.at);
      if (follow.action === 'complete' && person && scenario.type.endsWith('ERASURE')) leaves.set(person.index, at);
      steps.push({
        at,
        run: async (request) => {
          if (follow.action === 'complete') await completePrivacyRequest(request(), requestId);
          else if (follow.action === 'deny') {
            await denyPrivacyRequest(
              request(),
              parseInput(inputSchema(DenyPrivacyRequestInput), { id: requestId, reason: follow.reason }),
            );
          } else {
            const input = parseInput(inputSchema(ExtendPrivacyRequestInput), {
              id: requestId,
              reason: follow.reason,
              months: follow.months,
            });
            await extendPrivacyRequest(request(), input);
          }
        },
      });
    }
  }
  return { steps, leaves };
}
