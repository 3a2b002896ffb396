import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_KEYS } from '../../functions/store/table.ts';
import type { TyoJaEtuudetStack } from '../../infra/stack.ts';
import { refId, removeTempDirs, resource, resourcesOf, type Synthesized, synthStack } from './fixtures.ts';
import { stackReaders } from './stack-template.ts';

// Where things are kept: the DynamoDB table of saved cases and the bucket of the web build.
let s: Synthesized<TyoJaEtuudetStack>;
beforeAll(() => {
  s = synthStack();
});
afterAll(removeTempDirs);

const { idOf, onlyOf, distribution } = stackReaders(() => s);

describe('table', () => {
  it('has the keys and TTL attribute of functions/store/table.ts', () => {
    s.template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
      ],
      TimeToLiveSpecification: { AttributeName: TABLE_KEYS.ttlAttribute, Enabled: true },
    });
  });

  it('bills on demand', () => {
    s.template.hasResourceProperties('AWS::DynamoDB::Table', { BillingMode: 'PAY_PER_REQUEST' });
  });

  it('has point-in-time recovery', () => {
    s.template.hasResourceProperties('AWS::DynamoDB::Table', {
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: 35 },
    });
  });

  it('is encrypted with KMS (the AWS managed key)', () => {
    s.template.hasResourceProperties('AWS::DynamoDB::Table', { SSESpecification: { SSEEnabled: true } });
  });

  it('has deletion protection', () => {
    s.template.hasResourceProperties('AWS::DynamoDB::Table', { DeletionProtectionEnabled: true });
  });

  it('is retained when the stack is deleted or the table replaced', () => {
    s.template.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });
});

describe('site bucket', () => {
  it('blocks all public access', () => {
    s.template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
    });
  });

  it('refuses requests without TLS', () => {
    s.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Principal: { AWS: '*' },
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('encrypts objects at rest', () => {
    s.template.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
    });
  });

  it('lets only this distribution read it, through origin access control', () => {
    const [distributionId] = onlyOf('AWS::CloudFront::Distribution');
    const [, sitePolicy] = Object.entries(resourcesOf(s.template)).find(
      ([, r]) => r.Type === 'AWS::S3::BucketPolicy' && refId(r.Properties.Bucket) === idOf(s.stack.site.bucket),
    )!;
    const policy = sitePolicy.Properties.PolicyDocument as {
      Statement: (Record<string, any> & { Effect: string })[];
    };
    const allows = policy.Statement.filter((st) => st.Effect === 'Allow');
    expect(allows).toEqual([
      expect.objectContaining({
        Action: 's3:GetObject',
        Principal: { Service: 'cloudfront.amazonaws.com' },
        Condition: { StringEquals: { 'AWS:SourceArn': expect.anything() } },
      }),
    ]);
    expect(JSON.stringify(allows[0]!.Condition)).toContain(JSON.stringify({ Ref: distributionId }));
    s.template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: { OriginAccessControlOriginType: 's3', SigningBehavior: 'always', SigningProtocol: 'sigv4' },
    });
    const s3Origin = (distribution().Origins as Record<string, any>[]).find((o) => o.S3OriginConfig);
    expect(s3Origin?.OriginAccessControlId).toEqual({ 'Fn::GetAtt': [onlyOf('AWS::CloudFront::OriginAccessControl')[0], 'Id'] });
  });

  it('logs every access to its own log bucket, which keeps them 90 days, private and encrypted', () => {
    const site = resource(s.template, idOf(s.stack.site.bucket)).Properties;
    expect(site.LoggingConfiguration).toEqual({ DestinationBucketName: { Ref: idOf(s.stack.site.logBucket) }, LogFilePrefix: 'site/' });
    const logs = resource(s.template, idOf(s.stack.site.logBucket)).Properties;
    expect(logs).toMatchObject({
      LifecycleConfiguration: { Rules: [{ ExpirationInDays: 90, Status: 'Enabled' }] },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
    });
    expect(logs.LoggingConfiguration).toBeUndefined();
  });

  it('is retained when the stack is deleted (no delete-everything Lambda)', () => {
    s.template.hasResource('AWS::S3::Bucket', { DeletionPolicy: 'Retain' });
    s.template.resourceCountIs('Custom::S3AutoDeleteObjects', 0);
  });

  it('receives the web build: hashed assets cached for a year, everything else revalidated, no build metadata', () => {
    s.template.resourceCountIs('Custom::CDKBucketDeployment', 2);
    s.template.hasResourceProperties('Custom::CDKBucketDeployment', {
      Exclude: ['*'],
      Include: ['assets/*'],
      Prune: false,
      SystemMetadata: { 'cache-control': 'public, max-age=31536000, immutable' },
    });
    s.template.hasResourceProperties('Custom::CDKBucketDeployment', {
      Exclude: ['assets/*', '.vite/*'],
      Prune: true,
      SystemMetadata: { 'cache-control': 'no-cache' },
    });
  });
});
