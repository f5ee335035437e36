/**
 * The plain data that crosses the app boundary. Every channel (console, cli chat, Wechaty,
 * WeCom webhook) converts its own messages to `Inbound` and sends the `Reply`s it gets back.
 * Channels hold no rules.
 */

export type ChannelName = 'console' | 'cli' | 'wechat' | 'wecom';

export interface Inbound {
  /** The channel's message id; with `channel` it de-duplicates deliveries. */
  id: string;
  channel: ChannelName;
  /** The sender as the channel knows them. `id` may change at re-login (web puppets). */
  from: { id: string; name: string; alias?: string };
  /** Present for group chats. */
  room?: { id: string; topic: string };
  /** Raw text as received (mentions included). Empty for non-text messages. */
  text: string;
  /**
   * 'text'; 'file' for an image or a document the channel can hand over (see `file`); 'other' for
   * every other kind (voice, sticker, link…).
   */
  kind: 'text' | 'file' | 'other';
  /** For kind 'file': what the sender called it, and its bytes, read on demand (the channel downloads). */
  file?: InboundFile;
  /** The channel says the bot was @-mentioned (Wechaty `mentionSelf()`). */
  mentioned?: boolean;
  /** When the message was sent, ISO instant. */
  at: string;
}

export interface InboundFile {
  /** The name as sent (may be empty or made up by the channel, e.g. 「图片.jpg」); never trusted for the type. */
  name: string;
  /** The size the channel announces, when it knows it before downloading. */
  size?: number;
  /** The bytes; may fail (network, too large), which the app answers as a failed upload. */
  read(): Promise<Uint8Array>;
}

import type { FileAttachment } from '../storage/types.ts';
export type { FileAttachment };

export interface Reply {
  /** Contact id to send to (private chat), or the asker in a room. */
  to: string;
  /** Room id for group replies. */
  room?: string;
  /** In a room, @-mention the asker. */
  mention?: boolean;
  text?: string;
  file?: FileAttachment;
  /**
   * An effect for the channel, not a message: set this remark (alias) on the contact `to`.
   * Sent with the reply to a successful 「绑定」 so that a re-login can find the person again.
   */
  setAlias?: string;
}
