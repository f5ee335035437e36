/**
 * WeCom callback encryption, through Tencent's own package `@wecom/crypto`: the signature
 * (SHA-1 over token, timestamp, nonce and the ciphertext, sorted) and AES-256-CBC with the
 * 43-character EncodingAESKey. Only wrapped here: a bad ciphertext or a message for another
 * corp is a value (null), never an exception.
 */
import { timingSafeEqual } from 'node:crypto';
import { decrypt, encrypt, getSignature } from '@wecom/crypto';

export interface WecomKeys {
  corpId: string;
  /** The callback Token. */
  token: string;
  /** The 43-character EncodingAESKey. */
  aesKey: string;
}

/** Whether `signature` is the one WeCom computes for this ciphertext (constant-time compare). */
export function signatureOk(keys: WecomKeys, signature: string, timestamp: string, nonce: string, ciphered: string): boolean {
  const expected = Buffer.from(getSignature(keys.token, timestamp, nonce, ciphered), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The plaintext of a ciphertext addressed to this corp, or null. */
export function open(keys: WecomKeys, ciphered: string): string | null {
  try {
    const { message, id } = decrypt(keys.aesKey, ciphered);
    return id === keys.corpId ? message : null;
  } catch {
    return null;
  }
}

/** Encrypts and signs a message as WeCom does (the local stand-in in tests, passive replies). */
export function seal(keys: WecomKeys, message: string, timestamp: string, nonce: string): { ciphered: string; signature: string } {
  const ciphered = encrypt(keys.aesKey, message, keys.corpId);
  return { ciphered, signature: getSignature(keys.token, timestamp, nonce, ciphered) };
}
