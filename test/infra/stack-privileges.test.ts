import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiRoute, ROUTES } from '../../functions/contracts/routes.ts';
import type { TyoJaEtuudetStack } from '../../infra/stack.ts';
import {
  actionsOf,
  identityStatements,
  refId,
  removeTempDirs,
  resource,
  resourcesOf,
  resourcesOfStatement,
  type Synthesized,
  statementsOfFunction,
  synthStack,
} from './fixtures.ts';
import { STATELESS, stackReaders } from './stack-template.ts';

// Least privilege: what each function's role may do, and which functions learn the table's name.
let s: Synthesized<TyoJaEtuudetStack>;
beforeAll(() => {
  s = synthStack();
});
afterAll(removeTempDirs);

const { idOf, fnProps } = stackReaders(() => s);

describe('least privilege', () => {
  it('gives the calculation, rules, health, OpenAPI and fallback functions no DynamoDB permission at all', () => {
    expect(STATELESS).toEqual(expect.arrayContaining(['calculate', 'sweep', 'rules', 'health', 'openapi', 'fallback']));
    const tableId = idOf(s.stack.data.table);
    for (const name of STATELESS) {
      const statements = statementsOfFunction(s.template, s.stack.api.functions.get(name)!);
      expect(
        statements.flatMap(actionsOf).filter((a) => a.startsWith('dynamodb:')),
        name,
      ).toEqual([]);
      expect(JSON.stringify(statements), name).not.toContain(tableId);
    }
  });

  it('gives each function nothing but writing to its own log group', () => {
    for (const name of STATELESS) {
      const fn = s.stack.api.functions.get(name)!;
      expect(statementsOfFunction(s.template, fn), name).toEqual([
        { Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: { 'Fn::GetAtt': [idOf(fn.logGroup), 'Arn'] } },
      ]);
    }
  });

  it('has no IAM statement with a wildcard action or resource (CDK’s web-build copier excepted, and scoped)', () => {
    const copier = idOf(s.stack.site.deploymentRole);
    const siteBucket = idOf(s.stack.site.bucket);
    const statements = identityStatements(s.template).filter((x) => x.statement.Effect === 'Allow');
    expect(statements.length).toBeGreaterThan(0);
    for (const { policy, roles, statement } of statements) {
      const actions = actionsOf(statement);
      const resources = resourcesOfStatement(statement);
      // Never everything, anywhere.
      expect(actions, policy).not.toContain('*');
      expect(
        actions.filter((a) => /^[a-z0-9-]+:\*$/.test(a)),
        policy,
      ).toEqual([]);
      expect(resources, policy).not.toContain('*');
      if (roles.includes(copier)) {
        // BucketDeployment grants itself s3:GetObject*-style actions on the CDK asset bucket (read) and
        // the site bucket (write), objects as `bucket/*`: object keys are the build's file names, unknown
        // until deploy. Allowed here, but only on those two buckets.
        for (const r of resources) {
          const text = JSON.stringify(r);
          const onSite = text.includes(JSON.stringify({ 'Fn::GetAtt': [siteBucket, 'Arn'] }));
          const onAssets = text.includes('cdk-hnb659fds-assets-');
          const ownLogs = refId(r) !== undefined && resource(s.template, refId(r)!).Type === 'AWS::Logs::LogGroup';
          expect(onSite || onAssets || ownLogs, `${policy}: ${text}`).toBe(true);
        }
      } else {
        // The house functions: whole action names, whole resource ARNs. (A log group's Arn attribute ends
        // in `:*`, i.e. the streams of that one group: Lambda names a new stream per execution environment.)
        expect(
          actions.filter((a) => a.includes('*')),
          policy,
        ).toEqual([]);
        expect(JSON.stringify(resources), policy).not.toContain('*');
      }
    }
  });

  it('attaches no managed policy to any role (AWSLambdaBasicExecutionRole may write to every log group)', () => {
    for (const [id, r] of Object.entries(resourcesOf(s.template))) {
      if (r.Type === 'AWS::IAM::Role') expect(r.Properties.ManagedPolicyArns, id).toBeUndefined();
    }
  });
});

describe('saved cases: least privilege per route', () => {
  const tableArn = () => ({ 'Fn::GetAtt': [idOf(s.stack.data.table), 'Arn'] });
  const tableStatements = (name: string) =>
    statementsOfFunction(s.template, s.stack.api.functions.get(name)!).filter((st) => actionsOf(st).some((a) => a.startsWith('dynamodb:')));

  it('lets the reading routes (list, open, share link) only read the table', () => {
    for (const name of ['listCases', 'getCase', 'readShared']) {
      expect(tableStatements(name), name).toEqual([
        { Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:Query'], Resource: tableArn() },
      ]);
    }
  });

  it('lets the share link route write nothing', () => {
    const actions = tableStatements('readShared').flatMap(actionsOf);
    for (const write of ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'])
      expect(actions).not.toContain(write);
  });

  it('gives the writing routes the store’s writes on the table only', () => {
    for (const name of ['createCase', 'updateCase', 'deleteCase', 'createShare', 'revokeShare']) {
      const [statement, ...others] = tableStatements(name);
      expect(others, name).toEqual([]);
      expect(statement!.Resource, name).toEqual(tableArn());
      expect([...actionsOf(statement!)].sort(), name).toEqual([
        'dynamodb:BatchWriteItem',
        'dynamodb:DeleteItem',
        'dynamodb:GetItem',
        'dynamodb:PutItem',
        'dynamodb:Query',
        'dynamodb:UpdateItem',
      ]);
    }
  });

  it('tells exactly the functions with table access the table and how long cases and links are kept', () => {
    const tableName = { Ref: idOf(s.stack.data.table) };
    for (const route of ROUTES as readonly ApiRoute[]) {
      const env = fnProps(s.stack.api.functions.get(route.name)!).Environment as { Variables: Record<string, unknown> };
      if ((route.tableAccess ?? 'none') === 'none') expect(env.Variables, route.name).toEqual({ NODE_OPTIONS: '--enable-source-maps' });
      else
        expect(env.Variables, route.name).toEqual({
          NODE_OPTIONS: '--enable-source-maps',
          TABLE_NAME: tableName,
          CASE_TTL_DAYS: '365',
          SHARE_TTL_DAYS: '30',
        });
    }
  });
});
