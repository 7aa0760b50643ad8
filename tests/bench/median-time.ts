/** The median wall-clock time of `runs` calls of `work`, in milliseconds, for ratio checks within one run. */
export function medianTime(runs: number, work: () => void): number {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}
