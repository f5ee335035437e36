/**
 * The environment, parsed once with zod into a frozen Config. Nothing else reads process.env.
 */
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { packagePath } from './files/paths.ts';

const bool = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no', ''])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const EnvSchema = z.object({
  /** SQLite file of the embedded default. */
  SQLITE_FILE: z.string().min(1).default('data/mh-rubric-bot.sqlite'),
  /** postgres://… switches storage to PostgreSQL (multi-instance option). */
  DATABASE_URL: z.string().optional(),
  /** Unset: the rubric shipped with the code (rubric/rubric.yaml of the package, whatever the cwd). */
  RUBRIC_FILE: z.string().min(1).optional(),
  /** Where exports (xlsx, score cards) are written. */
  OUT_DIR: z.string().min(1).default('data/out'),
  /** Wechaty's convention: unset → console chat. */
  WECHATY_PUPPET: z.string().optional(),
  WECHATY_PUPPET_SERVICE_TOKEN: z.string().optional(),
  /** The bot's display names, for @-mention detection in group chats (comma-separated). */
  BOT_NAMES: z.string().default('心理健康考核助手'),
  /** Group messages starting with this prefix are answered even without an @-mention. */
  GROUP_PREFIX: z.string().default('#心理'),
  /** Memory-card name that keeps the WeChat login across restarts. */
  WECHATY_NAME: z.string().default('mh-rubric-bot'),
  /** Start the reminder scheduler. */
  REMINDERS: bool.default(true),
  TZ_NAME: z.string().default('Asia/Shanghai'),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: z.string().url().optional(),
  OPENAI_MODEL: z.string().default('deepseek-chat'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Demo data on a fresh database. */
  SEED_DEMO: bool.default(true),
  /** Days a delivered (or finally failed) outbox message is kept; replies echo what people typed. */
  OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** The key invite codes are hashed with (HMAC); generated once when absent. Default: beside SQLITE_FILE. */
  SECRET_FILE: z.string().min(1).optional(),
  /** The key itself (at least 32 characters), instead of SECRET_FILE (e.g. from a secrets manager). */
  INVITE_SECRET: z.string().min(32, '至少 32 个字符').optional(),
  /** The crisis phrasings and replies (a county may keep its own copy); unset → the project's rubric/crisis.yaml. */
  CRISIS_FILE: z.string().min(1).optional(),
  /**
   * The county's own help lines, shown after 12356 in every crisis reply: 「名称 电话」 separated by
   * 「;」「；」 or line breaks, e.g. 「示例县心理援助热线 0000-1234567；县教育局值班电话 0000-7654321」.
   */
  CRISIS_LINES: z
    .string()
    .default('')
    .transform((v) => v.split(/[;；\n]/).map((l) => l.trim()).filter((l) => l.length > 0))
    .pipe(z.array(z.string().max(60, '每条求助电话不超过 60 个字').regex(/\d{3,}/, '每条求助电话都要有号码（至少 3 位数字）')).max(5, '最多 5 条本地求助电话')),
  /** Daily SQLite backups by the scheduler into this folder (unset: none). */
  BACKUP_DIR: z.string().optional(),
  /** How many daily backups to keep. */
  BACKUP_KEEP: z.coerce.number().int().min(1).max(3650).default(14),
  /** The WeCom self-built app (all five, or none): 企业ID, AgentId, Secret, and the callback's Token and EncodingAESKey. */
  WECOM_CORP_ID: z.string().optional(),
  WECOM_AGENT_ID: z.string().regex(/^\d+$/, '应为数字').optional(),
  WECOM_SECRET: z.string().optional(),
  WECOM_TOKEN: z.string().optional(),
  WECOM_AES_KEY: z.string().regex(/^[A-Za-z0-9]{43}$/, '应为 43 位字母或数字（EncodingAESKey）').optional(),
  /** The WeCom API host (tests point it at a local stand-in). */
  WECOM_API_BASE: z.string().url().default('https://qyapi.weixin.qq.com'),
  /** The port of the HTTP server: the WeCom callback URL and /healthz. */
  HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
});

const WECOM_VARS = ['WECOM_CORP_ID', 'WECOM_AGENT_ID', 'WECOM_SECRET', 'WECOM_TOKEN', 'WECOM_AES_KEY'] as const;

export interface Config {
  readonly storage: { client: 'sqlite'; file: string } | { client: 'pg'; url: string };
  readonly rubricFile: string;
  readonly outDir: string;
  readonly puppet: string | null;
  readonly puppetToken: string | null;
  readonly botNames: readonly string[];
  readonly groupPrefix: string;
  readonly wechatyName: string;
  readonly reminders: boolean;
  readonly timeZone: string;
  readonly llm: { apiKey: string; baseURL: string | undefined; model: string } | null;
  readonly logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  readonly seedDemo: boolean;
  readonly outboxRetentionDays: number;
  /** Where the invite-code key comes from: the environment, or a file created once (mode 0600). */
  readonly secret: { value: string } | { file: string };
  readonly crisisFile: string | null;
  /** The county's own crisis lines (12356 is always there). */
  readonly crisisLines: readonly string[];
  /** Daily backups (SQLite only; PostgreSQL uses pg_dump): folder and how many to keep. */
  readonly backup: { dir: string; keep: number } | null;
  /** The WeCom self-built app channel, when all five WECOM_* variables are set. */
  readonly wecom: { corpId: string; agentId: string; secret: string; token: string; aesKey: string; apiBase: string } | null;
  /** The HTTP server's port (WeCom callback and /healthz). */
  readonly httpPort: number;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = EnvSchema.safeParse(env, { error: z.locales.zhCN().localeError });
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => `环境变量 ${i.path.join('.')}: ${i.message}`),
    };
  }
  const e = parsed.data;
  const wecomSet = WECOM_VARS.filter((k) => e[k]);
  if (wecomSet.length > 0 && wecomSet.length < WECOM_VARS.length) {
    const missing = WECOM_VARS.filter((k) => !e[k]).join('、');
    return { ok: false, errors: [`环境变量 ${missing}: 企业微信应用需要五个 WECOM_* 变量都设置（缺 ${missing}）`] };
  }
  const config: Config = {
    storage: e.DATABASE_URL ? { client: 'pg', url: e.DATABASE_URL } : { client: 'sqlite', file: e.SQLITE_FILE },
    rubricFile: e.RUBRIC_FILE ?? packagePath('rubric', 'rubric.yaml'),
    outDir: e.OUT_DIR,
    puppet: e.WECHATY_PUPPET || null,
    puppetToken: e.WECHATY_PUPPET_SERVICE_TOKEN || null,
    botNames: e.BOT_NAMES.split(',').map((s) => s.trim()).filter(Boolean),
    groupPrefix: e.GROUP_PREFIX,
    wechatyName: e.WECHATY_NAME,
    reminders: e.REMINDERS,
    timeZone: e.TZ_NAME,
    llm: e.OPENAI_API_KEY ? { apiKey: e.OPENAI_API_KEY, baseURL: e.OPENAI_BASE_URL, model: e.OPENAI_MODEL } : null,
    logLevel: e.LOG_LEVEL,
    seedDemo: e.SEED_DEMO,
    outboxRetentionDays: e.OUTBOX_RETENTION_DAYS,
    secret: e.INVITE_SECRET ? { value: e.INVITE_SECRET } : { file: e.SECRET_FILE ?? join(dirname(e.SQLITE_FILE), 'secret.key') },
    crisisFile: e.CRISIS_FILE ?? null,
    crisisLines: e.CRISIS_LINES,
    backup: e.BACKUP_DIR ? { dir: e.BACKUP_DIR, keep: e.BACKUP_KEEP } : null,
    wecom:
      e.WECOM_CORP_ID && e.WECOM_AGENT_ID && e.WECOM_SECRET && e.WECOM_TOKEN && e.WECOM_AES_KEY
        ? { corpId: e.WECOM_CORP_ID, agentId: e.WECOM_AGENT_ID, secret: e.WECOM_SECRET, token: e.WECOM_TOKEN, aesKey: e.WECOM_AES_KEY, apiBase: e.WECOM_API_BASE }
        : null,
    httpPort: e.HTTP_PORT,
  };
  return { ok: true, config: Object.freeze(config) };
}
