import 'reflect-metadata';
import { Arg, Args, ArgsType, Field, ID, InputType, Query, Resolver } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { resolvers } from './build-schema';
import { InputField, inputSchema, missingRules, textProblem } from './input-rules';

@InputType('RuledInput')
class RuledInput {
  @InputField(() => String, z.string().trim(), { nullable: true })
  name?: string;

  @InputField(() => String, z.string(), { nullable: true, multiline: true })
  note?: string;
}

@InputType('HalfRuledInput')
class HalfRuledInput {
  @InputField(() => String, z.string())
  ruled!: string;

  @Field(() => String)
  forgotten!: string;
}

@ArgsType()
class HalfRuledArgs {
  @InputField(() => ID, z.string())
  id!: string;

  @Field(() => String, { nullable: true })
  alsoForgotten?: string;
}

@Resolver()
class CarelessResolver {
  @Query(() => String)
  bareScalar(@Arg('id', () => ID) id: string): string {
    return id;
  }

  @Query(() => String)
  halfRuledInput(@Arg('input', () => HalfRuledInput) input: HalfRuledInput): string {
    return input.ruled;
  }

  @Query(() => String)
  halfRuledArgs(@Args(() => HalfRuledArgs) args: HalfRuledArgs): string {
    return args.id;
  }

  @Query(() => String)
  ruled(@Arg('input', () => RuledInput) input: RuledInput): string {
    return input.name ?? '';
  }
}

describe('input rules', () => {
  it('give every argument of every operation of the API a rule, down to nested input fields', () => {
    expect(missingRules(resolvers)).toEqual([]);
  });

  it('name every scalar argument and every input field declared without a rule', () => {
    expect(missingRules([CarelessResolver]).sort()).toEqual([
      'CarelessResolver.bareScalar(id)',
      'HalfRuledArgs.alsoForgotten',
      'HalfRuledInput.forgotten',
    ]);
  });

  it('refuse control characters and lone surrogates before the rule runs, allowing line breaks only in free text', () => {
    const schema = inputSchema(RuledInput);
    const problem = (input: object) => {
      const result = schema.safeParse(input);
      return result.success
        ? 'accepted'
        : `${result.error.issues[0]!.path.join('.')}: ${result.error.issues[0]!.message}`;
    };
    expect(problem({ name: ' Paris\u0000 ' })).toBe('name: must not contain control characters');
    expect(problem({ name: 'Paris\n' })).toBe('name: must not contain control characters');
    expect(problem({ name: 'Paris\u0085' })).toBe('name: must not contain control characters');
    expect(problem({ name: 'Paris \ud800' })).toBe('name: must be well-formed Unicode text');
    expect(problem({ note: 'two\r\nlines\tand a tab' })).toBe('accepted');
    expect(problem({ note: 'bell\u0007' })).toBe(
      'note: must not contain control characters other than tabs and line breaks',
    );
    expect(problem({ name: 'Paris 🙂 Zürich', note: null })).toBe('accepted');
    expect(schema.parse({ name: '  Paris  ', note: null })).toEqual({ name: 'Paris', note: undefined });
  });

  it('tell what is wrong with a text in one place, for GraphQL inputs and CSV cells alike', () => {
    expect(textProblem('plain')).toBeUndefined();
    expect(textProblem('a\u0000b')).toBe('must not contain control characters');
    expect(textProblem('a\u007fb')).toBe('must not contain control characters');
    expect(textProblem('\udc00')).toBe('must be well-formed Unicode text');
    expect(textProblem('\ud83d\ude42')).toBeUndefined();
    expect(textProblem('a\tb', true)).toBeUndefined();
  });
});
