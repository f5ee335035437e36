/**
 * Process evidence: filing time per file through handleInbound (type sniffing, sha256, fsynced
 * write, the row, the acknowledgement), then `evidence pack` of one school with 200 files of
 * realistic sizes (photos and PDFs of 100 KB–2 MB, random bytes so they do not compress).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { randomFillSync } from 'node:crypto';

export async function evidenceBench() {
  const { benchApp } = await import('./app.ts');
  const { handleInbound } = await import('../src/app/handleInbound.ts');
  const { bindContact, createPerson, getSchoolByName, listEvidence } = await import('../src/storage/index.ts');
  const { packEvidence } = await import('../src/files/evidence-pack.ts');
  const { deps, db, clock, now, dir } = await benchApp('mh-bench-ev-', (d) => ({ EVIDENCE_DIR: join(d, 'evidence') }));
  const school = (await getSchoolByName(db, '示例县实验小学'))!;
  const p = await createPerson(db, { role: 'staff', schoolId: school.id, displayName: '李老师' }, 'bench', now());
  await bindContact(db, { personId: p.id, channel: 'wechat', contactId: 'wx-bench', alias: 'mh-bench' }, now());
  let seq = 0;
  const from = { id: 'wx-bench', name: '李老师' };
  const send = (over: { text?: string; kind?: 'text' | 'file'; file?: { name: string; read(): Promise<Uint8Array> } }) => {
    clock.at += 1000;
    return handleInbound({ id: `ev-${++seq}`, channel: 'wechat', from, text: '', kind: 'text', at: now(), ...over }, deps);
  };
  const N = 200;
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < N; i++) {
    if (i % 10 === 0) await send({ text: `资料 ${(i / 10) % 21 + 1}` });
    const size = 100_000 + Math.floor(((i * 7919) % 1000) / 1000 * 1_900_000);
    const bytes = randomFillSync(Buffer.alloc(size));
    const isPdf = i % 3 === 0;
    (isPdf ? Buffer.from('%PDF-1.4\n') : Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex')).copy(bytes);
    total += size;
    const t = performance.now();
    const r = await send({ kind: 'file', file: { name: isPdf ? `台账${i}.pdf` : `照片${i}.jpg`, read: async () => bytes } });
    times.push(performance.now() - t);
    if (!r[0]?.text?.includes('已收到')) throw new Error(`file ${i} not filed: ${r[0]?.text}`);
  }
  const files = await listEvidence(db, { schoolId: school.id, semesterId: '2026-2027-1' });
  const t0 = performance.now();
  const packed = await packEvidence({ rubric: deps.rubric, store: deps.evidence!.store, school: school.name, files, out: join(dir, 'pack.zip') });
  const packMs = Math.round(performance.now() - t0);
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]! * 10) / 10;
  const mb = (b: number) => Math.round((b / 2 ** 20) * 10) / 10;
  const figures = { files: files.length, inputMb: mb(total), fileP50Ms: at(0.5), fileP99Ms: at(0.99), packMs, zipMb: mb(packed.bytes) };
  return {
    key: 'evidence',
    figures,
    rows: [
      { bench: 'evidence', metric: `filing one file (100 KB–2 MB), p50 of ${N}`, value: figures.fileP50Ms, unit: 'ms' },
      { bench: 'evidence', metric: 'filing one file, p99', value: figures.fileP99Ms, unit: 'ms', target: 500 },
      { bench: 'evidence', metric: `pack ${files.length} files (${figures.inputMb} MB)`, value: packMs, unit: 'ms', target: 30_000 },
      { bench: 'evidence', metric: 'zip size', value: figures.zipMb, unit: 'MB' },
    ],
  };
}
