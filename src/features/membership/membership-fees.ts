import type { MembershipConfig } from './membership-schema.ts';

/** The annual fee less the standing-order discount, to the nearest penny. */
export function standingOrderPence(pence: number, discountPercent: number): number {
  return Math.round(pence * (1 - discountPercent / 100));
}

export type MembershipFee = { annual: number; byStandingOrder: number };

/** The fee for one membership type, or null while fees are not published (or not chosen yet). */
export function membershipFee(
  config: MembershipConfig,
  typeId: string | null | undefined,
): MembershipFee | null {
  const annual = typeId ? config.fees?.[typeId] : undefined;
  if (annual === undefined) return null;
  return {
    annual,
    byStandingOrder: standingOrderPence(annual, config.standingOrderDiscountPercent),
  };
}

export function membershipTypeLabel(config: MembershipConfig, typeId: string): string {
  return config.types.find((type) => type.id === typeId)?.label ?? typeId;
}
