import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogLevel, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { LAMBDA_ESBUILD, lambdaAliases } from './bundling.ts';

/** The repository root: entries, the lockfile and esbuild are found from here. */
export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Every Lambda of the product runs with these unless it says otherwise. */
const HOUSE_DEFAULTS = {
  runtime: Runtime.NODEJS_24_X,
  architecture: Architecture.ARM_64,
  /** The API answers in milliseconds; API Gateway gives up at 30 s anyway. */
  timeout: Duration.seconds(10),
  memorySize: 512,
  logRetention: RetentionDays.ONE_MONTH,
  /** Stack traces point at the TypeScript sources. */
  environment: { NODE_OPTIONS: '--enable-source-maps' },
} as const;

export interface HouseFunctionProps {
  /** The handler module relative to the repository root, e.g. `functions/api/health.ts`; it exports `handler`. */
  readonly entry: string;
  readonly description?: string;
  /** Only what this function needs (e.g. TABLE_NAME); NODE_OPTIONS is always set. */
  readonly environment?: Readonly<Record<string, string>>;
  readonly timeout?: Duration;
  readonly memorySize?: number;
  readonly logRetention?: RetentionDays;
  /** Copies that may run at once, held back from the account's shared pool (infra/limits.ts). */
  readonly reservedConcurrentExecutions?: number;
}

/**
 * The house Lambda: Node.js 24 on ARM64, bundled locally by esbuild (never Docker) as minified ESM with a
 * source map, the AWS SDK commands it uses inside and the built-in modules loaded as CommonJS, the heavy
 * ones on first use (bundling.ts: all of it makes the cold start shorter); a short timeout; its own log
 * group with a retention; and its own role that may write to that log group and nothing else. Grant anything more explicitly.
 */
export class HouseFunction extends Construct {
  readonly function: NodejsFunction;
  readonly logGroup: LogGroup;
  readonly role: Role;

  constructor(scope: Construct, id: string, props: HouseFunctionProps) {
    super(scope, id);

    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention ?? HOUSE_DEFAULTS.logRetention,
      // Logs hold no personal data (the handlers never log bodies) and expire anyway.
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // Our own role instead of the AWSLambdaBasicExecutionRole managed policy, whose logs actions apply to
    // every log group in the account.
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs ${props.entry}`,
    });
    this.logGroup.grantWrite(this.role);

    this.function = new NodejsFunction(this, 'Function', {
      entry: join(REPO_ROOT, props.entry),
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: join(REPO_ROOT, 'package-lock.json'),
      runtime: HOUSE_DEFAULTS.runtime,
      architecture: HOUSE_DEFAULTS.architecture,
      timeout: props.timeout ?? HOUSE_DEFAULTS.timeout,
      memorySize: props.memorySize ?? HOUSE_DEFAULTS.memorySize,
      ...(props.reservedConcurrentExecutions !== undefined ? { reservedConcurrentExecutions: props.reservedConcurrentExecutions } : {}),
      description: props.description,
      environment: { ...HOUSE_DEFAULTS.environment, ...props.environment },
      role: this.role,
      logGroup: this.logGroup,
      bundling: {
        format: OutputFormat.ESM,
        target: LAMBDA_ESBUILD.target,
        mainFields: [...LAMBDA_ESBUILD.mainFields],
        banner: LAMBDA_ESBUILD.banner.js,
        minify: LAMBDA_ESBUILD.minify,
        sourceMap: LAMBDA_ESBUILD.sourcemap,
        sourcesContent: LAMBDA_ESBUILD.sourcesContent,
        // The SDK is bundled rather than taken from the runtime: the runtime's copy is the whole client as
        // CommonJS (every command, the whole default credential chain, each package its own files to resolve
        // and compile), while the bundle holds only the commands a handler uses and the environment's
        // credentials. Measured on a case route (test/bench/cold-start.ts conditions, 2026-12-05): about
        // 160 ms to import with the SDK left external and loaded from node_modules as the runtime would,
        // 70–80 ms bundled. It also pins the SDK to the lockfile's version instead of whatever the runtime
        // ships. esbuild's `alias` (bundling.ts) maps each built-in module to a CommonJS loader and the
        // SDK's credential chain to the environment's credentials.
        bundleAwsSDK: true,
        esbuildArgs: { '--alias': Object.entries(lambdaAliases()).map(([name, file]) => `${name}=${file}`) },
        forceDockerBundling: false,
        logLevel: LogLevel.WARNING,
      },
    });
  }
}
