import type { Server } from 'node:http';

export interface DemoServer {
  server: Server;
  /** e.g. `http://127.0.0.1:5173/` */
  url: string;
  close(): Promise<void>;
}

/** Starts the static server of the demo (demo/ and dist/browser/) on localhost; port 0 picks a free one. */
export function startServer(options?: { port?: number; host?: string; roots?: string[] }): Promise<DemoServer>;
