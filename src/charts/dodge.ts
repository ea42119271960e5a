/** A label to place along one dimension: where it would like to start, and how much room it takes. */
export interface DodgeItem {
  ideal: number;
  size: number;
}

/**
 * Place labels along one dimension, in the given order, so that none overlaps the next (`gap` apart) and together
 * they move as little as possible from where they would like to be: labels that collide form a block, centred on
 * the wishes of its members, and blocks that then collide merge. Nothing starts before `min`. Returns the starts.
 */
export function dodge(items: DodgeItem[], gap: number, min = Number.NEGATIVE_INFINITY): number[] {
  type Block = { members: number[]; start: number; size: number };
  const place = (members: number[]): Block => {
    // Offsets of the members inside the block; the best start is the mean of (wish − offset).
    let offset = 0;
    let sum = 0;
    for (const i of members) {
      sum += items[i].ideal - offset;
      offset += items[i].size + gap;
    }
    return { members, start: Math.max(min, sum / members.length), size: offset - gap };
  };
  const blocks: Block[] = [];
  items.forEach((_, i) => {
    blocks.push(place([i]));
    // Merge backwards while the newest block runs into the one before it.
    while (blocks.length > 1) {
      const [before, after] = blocks.slice(-2);
      if (before.start + before.size + gap <= after.start) break;
      blocks.splice(-2, 2, place([...before.members, ...after.members]));
    }
  });
  const starts: number[] = [];
  for (const block of blocks) {
    let at = block.start;
    for (const i of block.members) {
      starts[i] = at;
      at += items[i].size + gap;
    }
  }
  return starts;
}
