import { Field, getMetadataStorage, type ValidatorFn } from 'type-graphql';
import { z } from 'zod';
import { parseInput } from './parse-input';

/**
 * Inputs are declared once: each field of an `@InputType` or `@ArgsType` class carries its GraphQL type and its zod
 * rule in one `@InputField`, cross-field rules sit on the class (`@Refine`), and the class's zod object is composed
 * from them. type-graphql's validation hook (`validateArguments`, given to buildSchema as `validateFn`) runs it on
 * every argument before the resolver, which receives the parsed output: trimmed, lower-cased, null turned into "not
 * given". A field without a rule cannot be declared, and `missingRules` refuses to build a schema whose resolvers take
 * an argument that is not such a class.
 */

type FieldFlags = {
  description?: string;
  /** GraphQL null and a left-out field both mean "not given": the resolver sees neither. */
  nullable?: boolean;
  /** For updates: null clears the value, a left-out field keeps it (implies nullable). */
  nullClears?: boolean;
  /** Free text, where tabs and line breaks make sense; other control characters are refused everywhere. */
  multiline?: boolean;
};

type FieldOutput<S extends z.ZodType, F extends FieldFlags> = F extends { nullClears: true }
  ? z.output<S> | null | undefined
  : F extends { nullable: true }
    ? z.output<S> | undefined
    : z.output<S>;

type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** The property's declared type must be exactly what its rule outputs: the resolver receives that output. */
type CheckedKey<T, K extends string, Output> = K extends keyof T
  ? Exact<T[K], Output> extends true
    ? K
    : `the type of ${K} must be exactly what its rule outputs`
  : K;

type Class<T = object> = abstract new (...args: never[]) => T;
/** type-graphql's `() => Type` or `() => [Type]`. */
type ReturnTypeFunc = NonNullable<Parameters<typeof Field>[0]>;
type Refinement = { check: (value: never) => boolean; message: string; path: string };

const rulesByClass = new Map<Class, Map<string, z.ZodType>>();
const refinementsByClass = new Map<Class, Refinement[]>();
const schemaByClass = new Map<Class, z.ZodType>();

/** Any control character (C0, DEL, C1); in multi-line text, tab, line feed and carriage return are allowed. */
const controlCharacter = /\p{Cc}/u;
const controlCharacterButWhitespace = /(?![\t\n\r])\p{Cc}/u;
/** A lone surrogate, which UTF-8 cannot encode (PostgreSQL refuses it). */
const loneSurrogate = /\p{Cs}/u;

/** Why `text` is not acceptable text, or undefined when it is. Shared by every GraphQL input and every CSV cell. */
export function textProblem(text: string, multiline = false): string | undefined {
  if (loneSurrogate.test(text)) return 'must be well-formed Unicode text';
  if ((multiline ? controlCharacterButWhitespace : controlCharacter).test(text)) {
    return multiline
      ? 'must not contain control characters other than tabs and line breaks'
      : 'must not contain control characters';
  }
  return undefined;
}

/** Checks every string of a field's value (itself, or the items of a list) before the field's own rule runs. */
function textGuard(multiline: boolean) {
  return z.any().superRefine((value: unknown, ctx) => {
    const strings: [string, (string | number)[]][] = [];
    if (typeof value === 'string') strings.push([value, []]);
    if (Array.isArray(value)) value.forEach((item, i) => typeof item === 'string' && strings.push([item, [i]]));
    for (const [text, path] of strings) {
      const problem = textProblem(text, multiline);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, path });
    }
  });
}

function fieldRule(rule: z.ZodType, flags: FieldFlags): z.ZodType {
  const guarded = textGuard(flags.multiline ?? false).pipe(rule);
  if (flags.nullClears) return guarded.nullable().optional();
  if (flags.nullable) return guarded.nullish().transform((v) => v ?? undefined);
  return guarded;
}

/**
 * A field of an input or args class: its GraphQL type and the zod rule of its (non-null) value, in one declaration.
 * The property's type must be the rule's output (`| undefined` when nullable): that is what resolvers receive.
 */
export function InputField<S extends z.ZodType, const F extends FieldFlags = Record<never, never>>(
  type: ReturnTypeFunc,
  rule: S,
  flags: F = {} as F,
) {
  return <T extends object, K extends string>(prototype: T, key: CheckedKey<T, K, FieldOutput<S, F>>): void => {
    const target = prototype.constructor as Class;
    const rules = rulesByClass.get(target) ?? new Map<string, z.ZodType>();
    rulesByClass.set(target, rules);
    rules.set(key, fieldRule(rule, flags));
    Field(type, { nullable: flags.nullable || flags.nullClears, description: flags.description })(prototype, key);
  };
}

/** A rule across fields of an input class, run once every field passed its own; the issue is reported at `path`. */
export function Refine<T extends object>(
  check: (value: T) => boolean,
  issue: { message: string; path: keyof T & string },
) {
  return (target: Class<T>): void => {
    refinementsByClass.set(target, [...(refinementsByClass.get(target) ?? []), { check, ...issue }]);
  };
}

function rulesOf(target: Class): Map<string, z.ZodType> | undefined {
  const parent = Object.getPrototypeOf(target) as Class;
  const inherited = parent === Function.prototype ? undefined : rulesOf(parent);
  const own = rulesByClass.get(target);
  if (!own && !inherited) return undefined;
  return new Map([...(inherited ?? []), ...(own ?? [])]);
}

function composedObject(target: Class) {
  const rules = rulesOf(target);
  if (!rules) throw new Error(`${target.name} declares no @InputField`);
  return z.object(Object.fromEntries(rules));
}

/** The zod object of an input class, without its cross-field rules: for inputs derived from it (CSV rows). */
export function inputObject<T extends object>(target: Class<T>) {
  return composedObject(target) as unknown as z.ZodObject<{ [K in keyof T]-?: z.ZodType<T[K]> }>;
}

/** The whole rule of an input class: every field's rule, then the class's cross-field rules. */
export function inputSchema<T extends object>(target: Class<T>): z.ZodType<T> {
  let schema = schemaByClass.get(target);
  if (!schema) {
    schema = (refinementsByClass.get(target) ?? []).reduce<z.ZodType>(
      (object, { check, message, path }) =>
        object.refine(check as (value: unknown) => boolean, { message, path: [path] }),
      composedObject(target),
    );
    schemaByClass.set(target, schema);
  }
  return schema as z.ZodType<T>;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && [Object.prototype, null].includes(Object.getPrototypeOf(value));

/** Keys whose value is undefined were not given: they are left out, so that "fields left out stay as they are". */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, withoutUndefined(v)]),
  );
}

/**
 * type-graphql's `validateFn`: parses an argument with its class's rule. type-graphql hands the resolver the very
 * object it validated, so the parsed output replaces that object's contents.
 */
export const validateArguments: ValidatorFn = (value: unknown, type, resolverData) => {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    for (const item of value) validateArguments(item, type, resolverData);
    return;
  }
  if (!isClass(type) || !rulesOf(type)) {
    throw new Error(`an argument of type ${String(type)} has no rules: declare it as a class of @InputField`);
  }
  const parsed = withoutUndefined(parseInput(inputSchema(type), value)) as object;
  const target = value as Record<string, unknown>;
  for (const key of Object.keys(target)) delete target[key];
  Object.assign(target, parsed);
};

const isClass = (type: unknown): type is Class =>
  typeof type === 'function' &&
  type.prototype !== undefined &&
  ![String, Number, Boolean, Date].includes(type as never);

/**
 * Every argument of the resolvers' operations whose type is not a class of @InputField, and every input field without a
 * rule, as "Resolver.method(arg)" and "Input.field". Empty means every input is validated.
 */
export function missingRules(resolvers: readonly Class[]): string[] {
  const storage = getMetadataStorage();
  const problems = new Set<string>();
  const seen = new Set<Class>();
  const visit = (target: Class) => {
    if (seen.has(target)) return;
    seen.add(target);
    const rules = rulesOf(target);
    const fields = storage.fields.filter((f) => f.target === target || target.prototype instanceof f.target);
    for (const field of fields) {
      if (!rules?.has(field.name)) problems.add(`${target.name}.${field.name}`);
      const fieldType = field.getType();
      if (isClass(fieldType)) visit(fieldType);
    }
  };
  for (const param of storage.params) {
    if (!resolvers.includes(param.target as Class)) continue;
    const arg =
      param.kind === 'arg' || param.kind === 'args' ? param : param.kind === 'custom' ? param.options.arg : undefined;
    if (!arg) continue;
    const type = arg.getType();
    const label = `${param.target.name}.${param.methodName}(${'name' in arg ? arg.name : 'args'})`;
    if (isClass(type)) visit(type);
    else problems.add(label);
  }
  return [...problems];
}
