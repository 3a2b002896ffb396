/**
 * Resolves in a task of its own once the browser has had a frame to paint in (or after 50 ms, as in a
 * hidden tab, which has no frames). The page starts in short steps: its first screen in one task, what is
 * below it and the downloads the first paint does not need in the next ones, so that no single task holds
 * the main thread for long (a phone is some four times slower than a laptop; Lighthouse counts each task's
 * time over 50 ms as blocking).
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => resolve();
    globalThis.requestAnimationFrame?.(() => setTimeout(done, 0));
    setTimeout(done, 50);
  });
}
