import { Annotations, Duration, Stack, Validations } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  MathExpression,
  Metric,
  type MetricOptions,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Operation, type Table } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import type { Api } from './api.ts';
import type { HouseFunction } from './house-function.ts';

/** Every alarm looks at five-minute periods. */
const PERIOD = Duration.minutes(5);

/** What the alarms watch; the README's "Alarms" table says what each means and what to do. */
const ALARM_THRESHOLDS = {
  /** Per cent of API answers that are 5xx in five minutes (only counted from 10 requests on). */
  apiServerErrorPercent: 5,
  apiServerErrorMinRequests: 10,
  /** Failed Lambda runs (crash, timeout, out of memory) in five minutes: the handlers answer errors themselves, so any is a bug. */
  lambdaErrors: 1,
  /** Lambda runs refused for lack of concurrency in five minutes. */
  lambdaThrottles: 1,
  /** DynamoDB requests refused for throughput in five minutes. */
  tableThrottles: 1,
  /** DynamoDB internal errors: in two of three five-minute periods (the SDK retries a single one). */
  tableSystemErrors: 1,
  /** p99 of the calculation route, ms, for 15 minutes in a row: a warm answer takes tens of ms, a cold start about one second. */
  calculationP99Ms: 2000,
} as const;

/** The DynamoDB operations the functions use (infra/api.ts TABLE_ACTIONS). */
const TABLE_OPERATIONS = [
  Operation.GET_ITEM,
  Operation.QUERY,
  Operation.PUT_ITEM,
  Operation.UPDATE_ITEM,
  Operation.DELETE_ITEM,
  Operation.BATCH_WRITE_ITEM,
];

/** CloudWatch allows at most 10 metrics in one alarm's math expression. */
const MAX_METRICS_PER_ALARM = 10;

export interface AlarmsProps {
  readonly api: Api;
  readonly table: Table;
  /** Lambdas that are not a route's (the origin check), grouped with the stateless routes. */
  readonly otherFunctions?: ReadonlyMap<string, HouseFunction>;
  /** Who gets the alarms by e-mail; without it, the topic has no subscriber (and synth says so). */
  readonly email?: string;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The operator's alarms, all to one SNS topic (e-mail when `alarmEmail` is given), each also telling when it
 * is OK again: API 5xx rate, Lambda errors and throttles (the functions in groups of at most ten, the limit
 * of one alarm), DynamoDB throttles and system errors, and the p99 latency of the calculation route.
 */
export class Alarms extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    const stackName = Stack.of(this).stackName;

    this.topic = new Topic(this, 'Topic', { displayName: 'Tyo ja etuudet alarms', enforceSSL: true });
    // CloudWatch publishes the alarms of this account, and nothing else may.
    this.topic.addToResourcePolicy(
      new PolicyStatement({
        actions: ['sns:Publish'],
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        resources: [this.topic.topicArn],
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    );
    Validations.of(this.topic).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason:
        'Alarm messages name a metric and a threshold, no personal data. Encrypting them would need a customer managed KMS ' +
        'key (CloudWatch cannot publish to a topic under the AWS managed key), 1 USD a month for nothing to protect.',
    });
    if (props.email) {
      this.topic.addSubscription(new EmailSubscription(props.email));
    } else {
      Annotations.of(this).addWarningV2(
        'tyo-ja-etuudet:alarms-without-subscriber',
        'The alarm topic has no subscriber: no one is told when an alarm fires. Deploy with -c alarmEmail=operator@example.fi ' +
          '(the address confirms the subscription from an e-mail AWS sends), or subscribe to the AlarmTopicArn output.',
      );
    }
    const action = new SnsAction(this.topic);

    const add = (
      name: string,
      description: string,
      metric: IMetric,
      threshold: number,
      options: { evaluationPeriods?: number; datapointsToAlarm?: number } = {},
    ) => {
      const alarm = new Alarm(this, name, {
        alarmName: `${stackName}-${name}`,
        alarmDescription: description,
        metric,
        threshold,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: options.evaluationPeriods ?? 1,
        datapointsToAlarm: options.datapointsToAlarm ?? options.evaluationPeriods ?? 1,
        // No traffic is not a problem.
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      alarm.addAlarmAction(action);
      alarm.addOkAction(action);
      this.alarms.push(alarm);
      return alarm;
    };
    const sum: MetricOptions = { statistic: 'Sum', period: PERIOD };
    const sumOf = (metrics: readonly IMetric[], label: string) =>
      new MathExpression({
        expression: 'SUM(METRICS())',
        usingMetrics: Object.fromEntries(metrics.map((m, i) => [`m${i}`, m])),
        label,
        period: PERIOD,
      });

    // ── API Gateway: share of 5xx answers ─────────────────────────────────────────────────────────────
    const { apiServerErrorPercent, apiServerErrorMinRequests } = ALARM_THRESHOLDS;
    add(
      'Api5xxRate',
      `More than ${apiServerErrorPercent} % of API answers in 5 minutes were 5xx (from ${apiServerErrorMinRequests} requests on). ` +
        'Look at the API access logs (status, integrationError) and the function logs of the failing route.',
      new MathExpression({
        expression: `IF(requests >= ${apiServerErrorMinRequests}, 100 * errors / requests, 0)`,
        usingMetrics: {
          errors: props.api.httpApi.metricServerError(sum),
          requests: props.api.httpApi.metricCount(sum),
        },
        label: 'API 5xx, % of requests',
        period: PERIOD,
      }),
      apiServerErrorPercent,
    );

    // ── Lambda: errors and throttles, per group of functions ────────────────────────────────────────────
    const groups: [string, HouseFunction[]][] = [
      [
        'Public',
        [
          ...[...props.api.functions].filter(([name]) => !props.api.tableFunctions.has(name)).map(([, fn]) => fn),
          ...(props.otherFunctions?.values() ?? []),
        ],
      ],
      ['Cases', [...props.api.functions].filter(([name]) => props.api.tableFunctions.has(name)).map(([, fn]) => fn)],
    ];
    for (const [group, functions] of groups) {
      chunks(functions, MAX_METRICS_PER_ALARM).forEach((part, index) => {
        const suffix = index === 0 ? '' : String(index + 1);
        const names = part.map((fn) => fn.node.id).join(', ');
        add(
          `Lambda${group}Errors${suffix}`,
          `A function failed (crash, timeout or out of memory): ${names}. Its log group has the stack trace.`,
          sumOf(
            part.map((fn) => fn.function.metricErrors(sum)),
            'Lambda errors',
          ),
          ALARM_THRESHOLDS.lambdaErrors,
        );
        add(
          `Lambda${group}Throttles${suffix}`,
          `A function was refused for lack of concurrency: ${names}. Reserved concurrency reached, or the account's pool used up.`,
          sumOf(
            part.map((fn) => fn.function.metricThrottles(sum)),
            'Lambda throttles',
          ),
          ALARM_THRESHOLDS.lambdaThrottles,
        );
      });
    }

    // ── DynamoDB ────────────────────────────────────────────────────────────────────────────────────────
    const tableMetric = (metricName: string) =>
      new Metric({ namespace: 'AWS/DynamoDB', metricName, dimensionsMap: { TableName: props.table.tableName }, ...sum });
    add(
      'TableThrottles',
      'DynamoDB refused reads or writes for throughput. On-demand tables throttle when traffic more than doubles its earlier peak within 30 minutes.',
      sumOf([tableMetric('ReadThrottleEvents'), tableMetric('WriteThrottleEvents')], 'DynamoDB throttle events'),
      ALARM_THRESHOLDS.tableThrottles,
    );
    add(
      'TableSystemErrors',
      'DynamoDB answered with internal errors in two of the last three 5-minute periods. Check the AWS Health Dashboard.',
      props.table.metricSystemErrorsForOperations({ operations: TABLE_OPERATIONS, period: PERIOD }),
      ALARM_THRESHOLDS.tableSystemErrors,
      { evaluationPeriods: 3, datapointsToAlarm: 2 },
    );

    // ── The calculation route's p99 latency (a stack without that route, in tests, has none) ────────────
    if (!props.api.routeKeys.has('calculate')) return;
    add(
      'CalculationP99Latency',
      `p99 of POST /v1/calculations over ${ALARM_THRESHOLDS.calculationP99Ms} ms for 15 minutes (API Gateway's latency: the wait a person sees, less CloudFront).`,
      props.api.routeLatency('calculate', { statistic: 'p99', period: PERIOD }),
      ALARM_THRESHOLDS.calculationP99Ms,
      { evaluationPeriods: 3 },
    );
  }
}
