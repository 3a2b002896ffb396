import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { TABLE_KEYS } from '../functions/store/table.ts';

/** Point-in-time recovery window: the most DynamoDB keeps. */
const PITR_DAYS = 35;

/**
 * The one table for saved cases and share links (functions/store/table.ts declares the same keys).
 * It holds user data, so it survives everything but a deliberate act: deletion protection on, retained when
 * the stack is deleted, restorable to any second of the last 35 days.
 */
export class Data extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.table = new Table(this, 'Table', {
      partitionKey: { name: TABLE_KEYS.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE_KEYS.sortKey, type: AttributeType.STRING },
      timeToLiveAttribute: TABLE_KEYS.ttlAttribute,
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true, recoveryPeriodInDays: PITR_DAYS },
      // KMS with the AWS managed key (aws/dynamodb): every use is in CloudTrail, there is no key policy to
      // get wrong, no monthly key fee, and the functions need no kms:* permissions. An organisation that must
      // hold its own key can switch to CUSTOMER_MANAGED here.
      encryption: TableEncryption.AWS_MANAGED,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
