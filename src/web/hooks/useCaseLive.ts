import { useCallback, useEffect, useRef, useState } from 'react';
import {
  LIVE_VERSION,
  LiveServerMessage,
  type LiveClientMessage,
  type TimelineEntry,
} from '../../protocol/index.js';

const FIRST_RETRY_MS = 500;
const LAST_RETRY_MS = 8000;
const PING_EVERY_MS = 25_000;
const TYPING_EVERY_MS = 2000;
/** How long "… is writing" stays after the last typing signal. */
const TYPING_SHOWN_MS = 4000;

export interface LiveHandlers {
  /** The last sequence number this page has from the server, to resume from after a reconnect. */
  readonly cursor: () => number;
  readonly onEntries: (entries: readonly TimelineEntry[], lastSeq: number) => void;
  /** The channel came back after a break: whatever was missed meanwhile must be fetched. */
  readonly onReconnect: () => void;
}

export interface Live {
  readonly connected: boolean;
  /** User ids of the members who have the case open right now (null until the server said). */
  readonly online: readonly string[] | null;
  /** The member who is writing a message right now, if any. */
  readonly typing: string | null;
  readonly sendTyping: () => void;
}

function liveUrl(caseId: string): string {
  const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${window.location.host}/api/cases/${encodeURIComponent(caseId)}/live`;
}

/**
 * The case's live channel: new timeline entries, presence and typing, over a WebSocket that
 * reconnects with a growing pause (0.5 s up to 8 s) and resumes from the page's cursor, so
 * nothing is missed across a break. Entries may come twice; the caller keeps them by seq.
 */
export function useCaseLive(caseId: string, enabled: boolean, handlers: LiveHandlers): Live {
  const [connected, setConnected] = useState(false);
  const [online, setOnline] = useState<readonly string[] | null>(null);
  const [typing, setTyping] = useState<string | null>(null);
  const socket = useRef<WebSocket | null>(null);
  const lastTypingSent = useRef(0);
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let retryDelay = FIRST_RETRY_MS;
    let hadOpened = false;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let pingTimer: ReturnType<typeof setInterval> | undefined;
    let typingTimer: ReturnType<typeof setTimeout> | undefined;

    const say = (ws: WebSocket, message: LiveClientMessage) => {
      if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(message));
    };

    const hear = (data: unknown) => {
      if (typeof data !== 'string') return;
      let json: unknown;
      try {
        json = JSON.parse(data);
      } catch {
        return;
      }
      const parsed = LiveServerMessage.safeParse(json);
      if (!parsed.success) return;
      const message = parsed.data;
      switch (message.type) {
        case 'entries': {
          latest.current.onEntries(message.entries, message.lastSeq);
          // A message that arrives ends its writer's "is writing".
          const wrote = new Set(
            message.entries.filter((e) => e.event.type === 'messageSent').map((e) => e.event.by),
          );
          if (wrote.size > 0)
            setTyping((writer) => (writer !== null && wrote.has(writer) ? null : writer));
          return;
        }
        case 'presence':
          setOnline(message.online);
          return;
        case 'typing':
          setTyping(message.userId);
          clearTimeout(typingTimer);
          typingTimer = setTimeout(() => {
            setTyping(null);
          }, TYPING_SHOWN_MS);
          return;
        case 'pong':
        case 'error':
          return;
      }
    };

    const connect = () => {
      const ws = new WebSocket(liveUrl(caseId));
      socket.current = ws;
      ws.onopen = () => {
        retryDelay = FIRST_RETRY_MS;
        say(ws, { v: LIVE_VERSION, type: 'subscribe', after: latest.current.cursor() });
        setConnected(true);
        if (hadOpened) latest.current.onReconnect();
        hadOpened = true;
        pingTimer = setInterval(() => {
          say(ws, { v: LIVE_VERSION, type: 'ping' });
        }, PING_EVERY_MS);
      };
      ws.onmessage = (event) => {
        hear(event.data);
      };
      ws.onclose = () => {
        clearInterval(pingTimer);
        if (socket.current === ws) socket.current = null;
        setConnected(false);
        setOnline(null);
        if (stopped) return;
        // A failed first attempt is a break too: what happens meanwhile must be fetched after.
        hadOpened = true;
        retryTimer = setTimeout(connect, retryDelay);
        retryDelay = Math.min(retryDelay * 2, LAST_RETRY_MS);
      };
    };
    connect();

    return () => {
      stopped = true;
      clearTimeout(retryTimer);
      clearTimeout(typingTimer);
      clearInterval(pingTimer);
      const ws = socket.current;
      socket.current = null;
      if (ws === null) return;
      // Closing a socket that is still connecting makes the browser log an error; let it open.
      if (ws.readyState === WebSocket.CONNECTING) {
        ws.onopen = () => {
          ws.close();
        };
      } else ws.close();
    };
  }, [caseId, enabled]);

  const sendTyping = useCallback(() => {
    const now = Date.now();
    const ws = socket.current;
    if (ws === null || now - lastTypingSent.current < TYPING_EVERY_MS) return;
    lastTypingSent.current = now;
    if (ws.readyState === WebSocket.OPEN)
      ws.send(JSON.stringify({ v: LIVE_VERSION, type: 'typing' } satisfies LiveClientMessage));
  }, []);

  return { connected, online, typing, sendTyping };
}
