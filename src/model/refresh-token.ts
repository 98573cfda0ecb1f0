/** How long a refresh token lives: never used (zero), forever (infinite), or a fixed lifetime. */
export type RefreshTokenPolicy =
  | { kind: 'zero' }
  | { kind: 'infinite' }
  | { kind: 'lifetime'; amount: number; unit: 'hours' | 'days' | 'months' };

const UNITS = { h: 'hours', d: 'days', mo: 'months' } as const;

/** `zero`, `infinite`, `8h`, `7d`, `3mo` (the manifest schema has checked the form). */
export const parseRefreshToken = (value: string | undefined): RefreshTokenPolicy => {
  if (value === undefined || value === 'zero') return { kind: 'zero' };
  if (value === 'infinite') return { kind: 'infinite' };
  const [, amount, unit] = /^(\d+)(h|d|mo)$/.exec(value) ?? [];
  return { kind: 'lifetime', amount: Number(amount), unit: UNITS[unit as keyof typeof UNITS] };
};

export const describeRefreshToken = (policy: RefreshTokenPolicy): string =>
  policy.kind === 'lifetime' ? `valid for ${policy.amount} ${policy.unit}` : policy.kind === 'zero' ? 'none (expire at once)' : 'valid until revoked';
