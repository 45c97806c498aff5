import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import { constants, createGzip } from "node:zlib";
import type { Plugin } from "vite";

/**
 * Misbehaving dataset servers for the browser tests, answering under /lab/ on the preview server, so
 * the app fetches them from its own origin like any dataset. Each address names one exchange,
 * `/lab/<id>/<scenario>`; the test reads what the server saw at `/lab/<id>/log` and lets a held
 * response go on with `POST /lab/<id>/release`. Everything goes through node's sockets: the
 * browser's real network stack, size checks and decompression meet real streams.
 */
export type LabScenario =
  /** Headers (announcing `announced` bytes, or no size), then `after` bytes, then nothing until the client leaves. */
  | { kind: "stall"; after: number; announced: number | null }
  /** No answer at all, not even headers, until the client leaves. */
  | { kind: "silent" }
  /** `bytes` of filler, streamed as fast as the client reads, announced with Content-Length or not. */
  | { kind: "large"; bytes: number; sized: boolean }
  /** A gzip body that inflates by about 1,000 to 1 without end. */
  | { kind: "gzip-bomb" }
  /** A 302 to the same file on another origin. */
  | { kind: "redirect"; to: string }
  /**
   * A test-data file padded with trailing spaces (still the same JSON) to `size` bytes, announced:
   * the first `hold` bytes, then the rest once the test releases it.
   */
  | { kind: "held"; file: string; size: number; hold: number };

export interface LabLog {
  requests: number;
  /** Body bytes handed to the socket (compressed bytes for the gzip bomb). */
  sent: number;
  /** The client closed the connection before the body ended. */
  closedEarly: boolean;
  finished: boolean;
}

export const LAB_PATH = "/lab";

/** The address of one exchange; `id` keeps tests (and retries within one test) apart. */
export function labSource(id: string, scenario: LabScenario): string {
  return `${LAB_PATH}/${id}/${encodeURIComponent(JSON.stringify(scenario))}`;
}

const CHUNK = 64 * 1024;
const FILLER = Buffer.alloc(CHUNK, 0x20);

/** One gzip member header and a deflate block worth 1 MiB of spaces, repeatable after a full flush. */
async function gzipBombParts(): Promise<{ head: Buffer; block: Buffer }> {
  const gzip = createGzip({ level: 9 });
  const out: Buffer[] = [];
  gzip.on("data", (data: Buffer) => out.push(data));
  const flushed = async () => {
    gzip.write(Buffer.alloc(1 << 20, 0x20));
    await new Promise((resolve) => gzip.flush(constants.Z_FULL_FLUSH, () => resolve(undefined)));
    return Buffer.concat(out.splice(0));
  };
  const first = await flushed();
  const block = await flushed();
  gzip.destroy();
  return { head: first.subarray(0, first.length - block.length), block };
}

interface Exchange extends LabLog {
  release: () => void;
  released: Promise<void>;
}

export function networkLab(testDataDir: string): Plugin {
  const exchanges = new Map<string, Exchange>();
  const exchange = (id: string): Exchange => {
    let found = exchanges.get(id);
    if (!found) {
      let release = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      found = { requests: 0, sent: 0, closedEarly: false, finished: false, release, released };
      exchanges.set(id, found);
    }
    return found;
  };
  const bomb = gzipBombParts();

  /** Writes `chunk`, waiting while the socket is full; false once the client has gone. */
  async function send(res: ServerResponse, log: Exchange, chunk: Buffer): Promise<boolean> {
    if (res.destroyed) return false;
    log.sent += chunk.length;
    if (!res.write(chunk))
      await new Promise<void>((resolve) => {
        const go = () => {
          res.off("drain", go).off("close", go);
          resolve();
        };
        res.on("drain", go).on("close", go);
      });
    return !res.destroyed;
  }

  async function answer(scenario: LabScenario, res: ServerResponse, log: Exchange): Promise<void> {
    const json = { "Content-Type": "application/json", "Cache-Control": "no-store" };
    switch (scenario.kind) {
      case "silent":
        return;
      case "stall":
        res.writeHead(200, scenario.announced === null ? json : { ...json, "Content-Length": scenario.announced });
        res.flushHeaders();
        await send(res, log, Buffer.alloc(scenario.after, 0x20));
        return;
      case "large": {
        res.writeHead(200, scenario.sized ? { ...json, "Content-Length": scenario.bytes } : json);
        for (let left = scenario.bytes; left > 0; left -= CHUNK)
          if (!(await send(res, log, FILLER.subarray(0, Math.min(CHUNK, left))))) return;
        res.end();
        return;
      }
      case "gzip-bomb": {
        const { head, block } = await bomb;
        res.writeHead(200, { ...json, "Content-Encoding": "gzip" });
        if (!(await send(res, log, head))) return;
        // Never a final block: a client that reads to the end waits forever, and its test fails.
        while (await send(res, log, block));
        return;
      }
      case "redirect":
        res.writeHead(302, { Location: scenario.to, "Cache-Control": "no-store" }).end();
        return;
      case "held": {
        const file = readFileSync(join(testDataDir, scenario.file));
        const body = Buffer.concat([file, Buffer.alloc(Math.max(0, scenario.size - file.length), 0x20)]);
        res.writeHead(200, { ...json, "Content-Length": body.length });
        if (!(await send(res, log, body.subarray(0, scenario.hold)))) return;
        await log.released;
        if (await send(res, log, body.subarray(scenario.hold))) res.end();
        return;
      }
    }
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    // Below /lab: "/<id>/<scenario>", "/<id>/log" or "/<id>/release".
    const [, id = "", last = ""] = new URL(req.url ?? "/", "http://lab.invalid").pathname.split("/");
    const log = exchange(id);
    if (last === "log") {
      const { requests, sent, closedEarly, finished } = log;
      res
        .writeHead(200, { "Content-Type": "application/json" })
        .end(JSON.stringify({ requests, sent, closedEarly, finished }));
      return;
    }
    if (last === "release" && req.method === "POST") {
      log.release();
      res.writeHead(204).end();
      return;
    }
    log.requests++;
    res.on("close", () => {
      if (res.writableFinished) log.finished = true;
      else log.closedEarly = true;
    });
    void answer(JSON.parse(decodeURIComponent(last)) as LabScenario, res, log);
  }

  return {
    name: "network-lab",
    configurePreviewServer(server) {
      server.middlewares.use(LAB_PATH, handle);
    },
  };
}
