import type { Condition as ParsedCondition, Query, WhereClause } from '@jetstreamapp/soql-parser-js';
import { queryError, unsupported } from './soql-error.js';

/** A WHERE clause as a tree: the parser gives a flat chain with parenthesis counts, SOQL's meaning needs nesting. */
export type Condition =
  | { kind: 'and' | 'or'; items: Condition[] }
  | { kind: 'not'; item: Condition }
  | { kind: 'compare'; field: string; operator: string; value: string | string[]; literalType: string | string[]; dateN: number | number[] | undefined }
  | { kind: 'semijoin'; field: string; operator: string; query: Query };

/** A comparison or a semi-join: what the parser hands over whole. */
type Leaf = Extract<Condition, { kind: 'compare' | 'semijoin' }>;

type Token = '(' | ')' | 'AND' | 'OR' | 'NOT' | { leaf: Leaf };

const leafOf = (soql: string, condition: ParsedCondition | Record<string, unknown>): Leaf => {
  const parsed = condition as Record<string, unknown>;
  if ('fn' in parsed) throw unsupported(soql, 'functions in WHERE');
  if ('valueQuery' in parsed) return { kind: 'semijoin', field: String(parsed.field), operator: String(parsed.operator), query: parsed.valueQuery as Query };
  return {
    kind: 'compare',
    field: String(parsed.field),
    operator: String(parsed.operator),
    value: parsed.value as string | string[],
    literalType: (parsed.literalType ?? 'STRING') as string | string[],
    dateN: parsed.dateLiteralVariable as number | number[] | undefined,
  };
};

/** How an error names a token: a condition by its field, the end of the clause as <EOF>. */
const tokenText = (token: Token | undefined): string => (token === undefined ? '<EOF>' : typeof token === 'object' ? token.leaf.field : token);

const repeat = (count: unknown, token: '(' | ')'): Token[] => Array.from({ length: typeof count === 'number' ? count : 0 }, () => token);

function* tokensOf(soql: string, clause: WhereClause): Generator<Token> {
  const left = clause.left as Record<string, unknown> | null;
  const isLeaf = left !== null && ('field' in left || 'fn' in left);
  if (isLeaf) {
    yield* repeat(left.openParen, '(');
    yield { leaf: leafOf(soql, left) };
    yield* repeat(left.closeParen, ')');
  } else if (left) {
    yield* repeat(left.openParen, '(');
  }
  const { operator, right } = clause as { operator?: 'AND' | 'OR' | 'NOT'; right?: WhereClause };
  if (operator) yield operator;
  if (right) yield* tokensOf(soql, right);
}

/**
 * Rebuilds the nesting: NOT binds to what follows it, parentheses group, and AND and OR cannot be mixed at one
 * level without parentheses, which Salesforce refuses as MALFORMED_QUERY ("unexpected token: 'OR'", wording
 * unverified).
 */
export const whereTree = (soql: string, where: WhereClause): Condition => {
  const tokens = [...tokensOf(soql, where)];
  let at = 0;
  const sequence = (): Condition => {
    const items = [unary()];
    let joiner: 'AND' | 'OR' | undefined;
    while (tokens[at] === 'AND' || tokens[at] === 'OR') {
      const operator = tokens[at++] as 'AND' | 'OR';
      if (joiner && joiner !== operator) throw queryError('MALFORMED_QUERY', soql, operator, `unexpected token: '${operator}'`);
      joiner = operator;
      items.push(unary());
    }
    return items.length === 1 ? items[0]! : { kind: joiner === 'OR' ? 'or' : 'and', items };
  };
  const unary = (): Condition => {
    const token = tokens[at++];
    if (token === 'NOT') return { kind: 'not', item: unary() };
    if (token === '(') {
      const inner = sequence();
      if (tokens[at++] !== ')') throw queryError('MALFORMED_QUERY', soql, undefined, "unexpected token: '('");
      return inner;
    }
    if (typeof token === 'object') return token.leaf;
    throw queryError('MALFORMED_QUERY', soql, token, `unexpected token: '${tokenText(token)}'`);
  };
  const tree = sequence();
  if (at < tokens.length) throw queryError('MALFORMED_QUERY', soql, undefined, `unexpected token: '${tokenText(tokens[at])}'`);
  return tree;
};
