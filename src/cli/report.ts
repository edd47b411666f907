/**
 * Progress bar and final summary, both on standard error so that standard output stays clean data.
 */
import type { Writable } from 'node:stream';
import cliProgress from 'cli-progress';
import type { Entity } from '../types';

/** Counts of a run. */
export interface RunStats {
  documents: number;
  bytes: number;
  entitiesByType: Map<string, number>;
  startedAt: number;
  /** Bad lines, inputs or documents skipped (`--on-error skip`). */
  skipped: number;
}

export function newStats(): RunStats {
  return { documents: 0, bytes: 0, entitiesByType: new Map(), startedAt: performance.now(), skipped: 0 };
}

export function countSkipped(stats: RunStats, bytes: number): void {
  stats.skipped++;
  stats.bytes += bytes;
}

export function countDocument(stats: RunStats, bytes: number, entities: readonly Entity[]): void {
  stats.documents++;
  stats.bytes += bytes;
  for (const e of entities) stats.entitiesByType.set(String(e.type), (stats.entitiesByType.get(String(e.type)) ?? 0) + 1);
}

function megabytes(bytes: number): string {
  return (bytes / 1e6).toFixed(bytes < 1e5 ? 3 : 1);
}

/** A size in the unit that suits it: `312 B`, `4.7 kB`, `1.2 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1e3) return `${Math.round(bytes)} B`;
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} kB`;
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** A duration in the unit that suits it: `8 ms`, `2.4 s`. */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.max(1, Math.round(ms))} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** `12 documents, 345 entities (PERSON 100, DATE 40), 2 skipped, 1.2 MB in 0.8 s (1.5 MB/s)`; small inputs in kB and ms. */
export function summaryLine(stats: RunStats, now = performance.now()): string {
  const ms = Math.max(now - stats.startedAt, 1);
  const byType = [...stats.entitiesByType].sort((a, b) => b[1] - a[1]);
  const total = byType.reduce((sum, [, n]) => sum + n, 0);
  const types = byType.length > 0 ? ` (${byType.map(([type, n]) => `${type} ${n}`).join(', ')})` : '';
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return (
    `${plural(stats.documents, 'document')}, ${plural(total, 'entity').replace('entitys', 'entities')}${types}, ` +
    (stats.skipped > 0 ? `${stats.skipped} skipped, ` : '') +
    `${formatBytes(stats.bytes)} in ${formatDuration(ms)} (${formatBytes((stats.bytes * 1000) / ms)}/s)`
  );
}

/** A progress bar; over a known total of bytes (files) or counting documents (standard input). */
export interface ProgressBar {
  update(stats: RunStats): void;
  stop(): void;
}

export function startProgress(stream: Writable, totalBytes: number | undefined): ProgressBar {
  const known = totalBytes !== undefined && totalBytes > 0;
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as NodeJS.WritableStream,
      format: known ? '{bar} {percentage}% | {docs} documents | {mb} MB | eta {eta_formatted}' : '{docs} documents | {mb} MB',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(known ? totalBytes : 0, 0, { docs: 0, mb: '0.0' });
  return {
    update(stats) {
      bar.update(known ? Math.min(stats.bytes, totalBytes) : 0, { docs: stats.documents, mb: megabytes(stats.bytes) });
    },
    stop: () => bar.stop(),
  };
}
