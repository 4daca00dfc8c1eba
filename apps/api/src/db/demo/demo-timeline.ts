import { MAX_EVENTS_PER_BATCH, type EngagementEventInput } from '../../modules/engagement/dto/record-events.input';
import type { DemoClock } from './demo-actors';

/** Something that happens at a moment of the demo's history. */
export type DemoStep = {
  at: Date;
  run: () => Promise<void>;
  /**
   * It changes what the policy judges events by (a restriction, an erasure): the events reported before it are
   * recorded first, as an SDK that reports as it goes would have.
   */
  settlesEvents?: boolean;
};

export type Recorded = { accepted: number; rejected: number };

/**
 * Plays the steps and the engagement events in time order with the clock at each one's moment; events are reported
 * in batches, as an SDK backend would send them.
 */
export async function playTimeline(
  steps: DemoStep[],
  events: EngagementEventInput[],
  clock: DemoClock,
  end: Date,
  report: (batch: EngagementEventInput[]) => Promise<Recorded>,
): Promise<Recorded> {
  const total: Recorded = { accepted: 0, rejected: 0 };
  let batch: EngagementEventInput[] = [];
  let next = 0;
  const send = async () => {
    if (batch.length === 0) return;
    clock.advance(batch.at(-1)!.occurredAt!);
    const { accepted, rejected } = await report(batch);
    total.accepted += accepted;
    total.rejected += rejected;
    batch = [];
  };
  const queueUntil = async (until: Date) => {
    while (next < events.length && events[next]!.occurredAt! <= until) {
      batch.push(events[next]!);
      next += 1;
      if (batch.length === MAX_EVENTS_PER_BATCH) await send();
    }
  };
  for (const step of [...steps].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    await queueUntil(step.at);
    if (step.settlesEvents) await send();
    clock.advance(step.at);
    await step.run();
  }
  await queueUntil(end);
  await send();
  clock.advance(end);
  return total;
}
