/**
 * Batches of Office.js commands cut into requests that each fit Excel on the web's 5 MB, by the cost table
 * (requestCosts.ts). A request Excel still refuses as too large (`RequestPayloadSizeLimitExceeded`: the cost
 * table is an estimate) is refused whole, nothing of it applied, so it is halved and sent again; a
 * write is never left half-applied by a refusal.
 */
import { isPayloadTooLarge } from './officeErrors';
import { REQUEST_BYTE_BUDGET } from './requestCosts';

/** Commands queued on the context together, and what they add to the request. */
export interface RequestPart {
  readonly bytes: number;
  /** Queues the commands; called again, on fresh proxies, when its request is halved and resent. */
  readonly queue: (context: Excel.RequestContext) => void;
  /** Smaller parts with the same effect, for a part Excel refuses alone; null or absent when it cannot be cut. */
  readonly split?: () => readonly RequestPart[] | null;
}

/** Consecutive parts in groups under the budget; a part bigger than the budget goes alone. */
export function packParts<T extends { readonly bytes: number }>(parts: readonly T[], budget = REQUEST_BYTE_BUDGET): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const part of parts) {
    if (current.length > 0 && bytes + part.bytes > budget) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(part);
    bytes += part.bytes;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * Sends the parts in order, as few requests as fit the budget, one sync each (each waits for the one
 * before: recursion, not a loop). `onSent` hears of each group once Excel has applied it.
 */
export async function syncParts(
  context: Excel.RequestContext,
  parts: readonly RequestPart[],
  onSent: (sent: readonly RequestPart[]) => void = () => undefined,
  budget = REQUEST_BYTE_BUDGET,
): Promise<void> {
  await syncGroups(context, packParts(parts, budget), 0, onSent);
}

async function syncGroups(context: Excel.RequestContext, groups: readonly (readonly RequestPart[])[], index: number, onSent: (sent: readonly RequestPart[]) => void): Promise<void> {
  const group = groups[index];
  if (!group) return;
  await syncGroup(context, group, onSent);
  await syncGroups(context, groups, index + 1, onSent);
}

async function syncGroup(context: Excel.RequestContext, group: readonly RequestPart[], onSent: (sent: readonly RequestPart[]) => void): Promise<void> {
  for (const part of group) part.queue(context);
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadTooLarge(error)) throw error;
    const halves = halved(group);
    if (halves === null) throw error;
    await syncGroups(context, halves, 0, onSent);
    return;
  }
  onSent(group);
}

function halved(group: readonly RequestPart[]): RequestPart[][] | null {
  if (group.length > 1) {
    const middle = Math.ceil(group.length / 2);
    return [group.slice(0, middle), group.slice(middle)];
  }
  const pieces = group[0]?.split?.() ?? null;
  return pieces && pieces.length > 1 ? pieces.map((piece) => [piece]) : null;
}
