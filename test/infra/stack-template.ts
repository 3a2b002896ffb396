import { Stack } from 'aws-cdk-lib';
import { expect } from 'vitest';
import { type ApiRoute, FALLBACK, ROUTES } from '../../functions/contracts/routes.ts';
import type { HouseFunction } from '../../infra/house-function.ts';
import type { TyoJaEtuudetStack } from '../../infra/stack.ts';
import { logicalIdOf, resource, resourcesOf, type Synthesized } from './fixtures.ts';

/** A CloudFormation string value as text, with each deploy-time part as ${…} (Ref: its logical id). */
export function rendered(value: unknown): string {
  if (typeof value === 'string') return value;
  const v = value as Record<string, unknown>;
  if (Array.isArray(v['Fn::Join'])) {
    const [separator, parts] = v['Fn::Join'] as [string, unknown[]];
    return parts.map(rendered).join(separator);
  }
  if (typeof v.Ref === 'string') return `\${${v.Ref}}`;
  return `\${${JSON.stringify(value)}}`;
}

/** Every route the stateless API serves today: none may touch the table. */
export const STATELESS = [
  ...(ROUTES as readonly ApiRoute[]).filter((r) => (r.tableAccess ?? 'none') === 'none').map((r) => r.name),
  FALLBACK.name,
];

/**
 * Readers of the product stack's template that the stack test files share; `synthesized` gives the file's
 * one synth (made in its beforeAll), so the readers are called inside tests only.
 */
export function stackReaders(synthesized: () => Synthesized<TyoJaEtuudetStack>) {
  const idOf = (construct: { node: { defaultChild?: unknown } }) =>
    Stack.of(synthesized().stack).getLogicalId(construct.node.defaultChild as never);
  const houseFunctions = (): [string, HouseFunction][] => [...synthesized().stack.api.functions.entries()];
  const fnProps = (fn: HouseFunction) => resource(synthesized().template, logicalIdOf(fn)).Properties;
  const onlyOf = (type: string) => {
    const found = Object.entries(resourcesOf(synthesized().template)).filter(([, r]) => r.Type === type);
    expect(found, type).toHaveLength(1);
    return found[0]!;
  };
  const distribution = () => onlyOf('AWS::CloudFront::Distribution')[1].Properties.DistributionConfig as Record<string, any>;
  const headersPolicy = () =>
    onlyOf('AWS::CloudFront::ResponseHeadersPolicy')[1].Properties.ResponseHeadersPolicyConfig as Record<string, any>;
  return { idOf, houseFunctions, fnProps, onlyOf, distribution, headersPolicy };
}
