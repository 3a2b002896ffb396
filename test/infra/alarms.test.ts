import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TyoJaEtuudetStack } from '../../infra/stack.ts';
import { logicalIdOf, removeTempDirs, resourcesOf, type Synthesized, synthStack, TEST_ALARM_EMAIL } from './fixtures.ts';

/** Issue 12, item 11: the alarms an operator gets, each to the one topic, by e-mail when an address is given. */
let s: Synthesized<TyoJaEtuudetStack>;
let silent: Synthesized<TyoJaEtuudetStack>;
beforeAll(() => {
  s = synthStack();
  silent = synthStack({ alarmEmail: undefined });
});
afterAll(removeTempDirs);

type MetricQuery = {
  Id: string;
  Expression?: string;
  MetricStat?: {
    Metric: { MetricName: string; Namespace: string; Dimensions: { Name: string; Value: unknown }[] };
    Stat: string;
    Period: number;
  };
};
const alarms = () =>
  Object.values(resourcesOf(s.template))
    .filter((r) => r.Type === 'AWS::CloudWatch::Alarm')
    .map((r) => r.Properties as Record<string, any>);
const alarmNamed = (name: string) => {
  const found = alarms().find((a) => a.AlarmName === `Test-${name}`);
  expect(found, name).toBeDefined();
  return found!;
};
const metricsOf = (alarm: Record<string, any>) => ((alarm.Metrics ?? []) as MetricQuery[]).filter((m) => m.MetricStat);
const dimension = (m: MetricQuery, name: string) => m.MetricStat!.Metric.Dimensions.find((d) => d.Name === name)?.Value;
const topicId = () => Object.entries(resourcesOf(s.template)).find(([, r]) => r.Type === 'AWS::SNS::Topic')![0];

describe('the alarm topic', () => {
  it('sends every alarm, and its return to OK, to the one topic', () => {
    expect(alarms().map((a) => a.AlarmName)).toEqual([
      'Test-Api5xxRate',
      'Test-LambdaPublicErrors',
      'Test-LambdaPublicThrottles',
      'Test-LambdaCasesErrors',
      'Test-LambdaCasesThrottles',
      'Test-TableThrottles',
      'Test-TableSystemErrors',
      'Test-CalculationP99Latency',
    ]);
    for (const alarm of alarms()) {
      expect(alarm.AlarmActions, JSON.stringify(alarm.AlarmName)).toEqual([{ Ref: topicId() }]);
      expect(alarm.OKActions, JSON.stringify(alarm.AlarmName)).toEqual([{ Ref: topicId() }]);
      expect(alarm.TreatMissingData).toBe('notBreaching');
      expect(alarm.AlarmDescription.length).toBeGreaterThan(40);
    }
  });

  it('e-mails the address given as alarmEmail', () => {
    s.template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: TEST_ALARM_EMAIL,
      TopicArn: { Ref: topicId() },
    });
  });

  it('lets only CloudWatch of this account publish, and only over TLS', () => {
    s.template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({
            Effect: 'Allow',
            Action: 'sns:Publish',
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
          }),
        ]),
      },
    });
  });

  it('without alarmEmail: the topic and its alarms exist, nobody is subscribed, and synth says so', () => {
    silent.template.resourceCountIs('AWS::SNS::Topic', 1);
    silent.template.resourceCountIs('AWS::SNS::Subscription', 0);
    silent.template.resourceCountIs('AWS::CloudWatch::Alarm', alarms().length);
    Annotations.fromStack(silent.stack).hasWarning('/Test/Alarms', Match.stringLikeRegexp('no subscriber.*-c alarmEmail='));
    expect(Annotations.fromStack(s.stack).findWarning('/Test/Alarms', Match.anyValue())).toEqual([]);
  });
});

describe('what each alarm watches', () => {
  it('API 5xx rate: over 5 % of answers in five minutes, from 10 requests on', () => {
    const alarm = alarmNamed('Api5xxRate');
    expect(alarm).toMatchObject({ Threshold: 5, ComparisonOperator: 'GreaterThanOrEqualToThreshold', EvaluationPeriods: 1 });
    const expression = (alarm.Metrics as MetricQuery[]).find((m) => m.Expression)!.Expression;
    expect(expression).toBe('IF(requests >= 10, 100 * errors / requests, 0)');
    const byId = Object.fromEntries(metricsOf(alarm).map((m) => [m.Id, m.MetricStat!]));
    expect(byId.errors).toMatchObject({ Metric: { Namespace: 'AWS/ApiGateway', MetricName: '5xx' }, Stat: 'Sum', Period: 300 });
    expect(byId.requests).toMatchObject({ Metric: { Namespace: 'AWS/ApiGateway', MetricName: 'Count' }, Stat: 'Sum', Period: 300 });
  });

  it('Lambda errors and throttles: every function exactly once, at most ten to an alarm, any one is too many', () => {
    const functionIds = [...s.stack.api.functions.values(), s.stack.originVerify.function].map(logicalIdOf).sort();
    for (const metricName of ['Errors', 'Throttles']) {
      const watching = alarms().filter((a) => metricsOf(a).some((m) => m.MetricStat!.Metric.MetricName === metricName));
      const watched = watching.flatMap((a) => {
        expect(metricsOf(a).length).toBeLessThanOrEqual(10);
        expect(a).toMatchObject({ Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
        expect((a.Metrics as MetricQuery[]).find((m) => m.Expression)!.Expression).toBe('SUM(METRICS())');
        return metricsOf(a).map((m) => (dimension(m, 'FunctionName') as { Ref: string }).Ref);
      });
      expect(watched.sort(), metricName).toEqual(functionIds);
    }
    // The case functions (reserved concurrency) in alarms of their own.
    const caseIds = [...s.stack.api.tableFunctions].map((name) => logicalIdOf(s.stack.api.functions.get(name)!)).sort();
    expect(
      metricsOf(alarmNamed('LambdaCasesThrottles'))
        .map((m) => (dimension(m, 'FunctionName') as { Ref: string }).Ref)
        .sort(),
    ).toEqual(caseIds);
  });

  it('DynamoDB throttles: any read or write throttle event on the table', () => {
    const alarm = alarmNamed('TableThrottles');
    const tableId = s.stack.getLogicalId(s.stack.data.table.node.defaultChild as never);
    expect(metricsOf(alarm).map((m) => m.MetricStat!.Metric.MetricName)).toEqual(['ReadThrottleEvents', 'WriteThrottleEvents']);
    for (const m of metricsOf(alarm)) expect(dimension(m, 'TableName')).toEqual({ Ref: tableId });
    expect(alarm).toMatchObject({ Threshold: 1, EvaluationPeriods: 1 });
  });

  it('DynamoDB system errors: on any operation the functions use, in two of three five-minute periods', () => {
    const alarm = alarmNamed('TableSystemErrors');
    expect(metricsOf(alarm).every((m) => m.MetricStat!.Metric.MetricName === 'SystemErrors')).toBe(true);
    expect(metricsOf(alarm).map((m) => dimension(m, 'Operation'))).toEqual([
      'GetItem',
      'Query',
      'PutItem',
      'UpdateItem',
      'DeleteItem',
      'BatchWriteItem',
    ]);
    expect(alarm).toMatchObject({ Threshold: 1, EvaluationPeriods: 3, DatapointsToAlarm: 2 });
  });

  it('p99 latency of POST /v1/calculations: over 2 s for 15 minutes in a row', () => {
    const alarm = alarmNamed('CalculationP99Latency');
    const apiId = s.stack.getLogicalId(s.stack.api.httpApi.node.defaultChild as never);
    expect(alarm).toMatchObject({
      Namespace: 'AWS/ApiGateway',
      MetricName: 'Latency',
      ExtendedStatistic: 'p99',
      Period: 300,
      Threshold: 2000,
      EvaluationPeriods: 3,
      DatapointsToAlarm: 3,
    });
    expect(alarm.Dimensions).toEqual(
      expect.arrayContaining([
        { Name: 'ApiId', Value: { Ref: apiId } },
        { Name: 'Method', Value: 'POST' },
        { Name: 'Resource', Value: '/v1/calculations' },
        { Name: 'Stage', Value: '$default' },
      ]),
    );
  });

  it('names the alarm topic in the outputs', () => {
    s.template.hasOutput('AlarmTopicArn', { Value: { Ref: topicId() } });
  });
});
