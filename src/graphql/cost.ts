/**
 * The estimated cost of an operation: about how many values its answer can hold. Each field
 * counts 1 (expensive fields more, see FIELD_WEIGHT) times the sizes of the lists it sits in.
 * A list's size is its `first` argument when the query gives one (a literal, or a variable:
 * its default, else the schema's maximum page, 100), the argument's default when it has one,
 * else LONG_LIST's guess for lists that grow with the graph, else LIST_SIZE. Relay connections count `first` on their `edges`. Introspection is free
 * (it is switched off separately). Checked during validation, before anything runs.
 */
import type {
  ASTVisitor, FieldNode, GraphQLField, GraphQLNamedType, GraphQLObjectType, OperationDefinitionNode,
  SelectionSetNode, ValidationContext, ValueNode,
} from 'graphql';
import { graphql } from './graphql-runtime.js';

/** Items assumed in a list the query does not size (roles of a person, evidence of a role). */
export const LIST_SIZE = 5;
/** Lists that grow with the graph (a company's people, a person's colleagues) are assumed longer. */
const LONG_LIST: Record<string, number> = {
  'Person.colleagues': 20,
  'Company.alumni': 20,
  'Company.roles': 20,
  'Company.subsidiaries': 10,
  'Company.talentIn': 10,
  'Company.talentOut': 10,
  'TalentCount.people': 10,
  'Expansion.leaders': 10,
  'Expansion.events': 10,
  'Query.talentFlow': 20,
};
/** What a `first` given as a variable without default counts as: the largest page. */
export const MAX_PAGE = 100;

/** Fields whose work is more than fetching a record: graph walks, name index, aggregates. */
const FIELD_WEIGHT: Record<string, number> = {
  'Query.connection': 50,
  'Query.talentFlow': 20,
  'Query.search': 10,
  'Query.people': 10,
  'Query.expansion': 10,
  'Query.stats': 5,
  'Company.talentIn': 20,
  'Company.talentOut': 20,
  'Company.expansion': 10,
  'Company.alumni': 5,
  'Company.people': 10,
  'Person.colleagues': 10,
  'Mutation.ingestArticle': 100,
};

interface Walk {
  context: ValidationContext;
  variables: Map<string, ValueNode | undefined>;
  /** Fragments being expanded (a cycle is reported by validation; here it only stops). */
  expanding: Set<string>;
}

function intValue(node: ValueNode | undefined, walk: Walk): number | null {
  if (!node) return null;
  if (node.kind === graphql.Kind.INT) return Number(node.value);
  if (node.kind === graphql.Kind.VARIABLE) {
    const fallback = walk.variables.get(node.name.value);
    return fallback && fallback.kind === graphql.Kind.INT ? Number(fallback.value) : MAX_PAGE;
  }
  return null;
}

/** `first` of the field as the query gives it, else its schema default, else null. */
function firstOf(node: FieldNode, def: GraphQLField<unknown, unknown>, walk: Walk): number | null {
  const arg = def.args.find((a) => a.name === 'first');
  if (!arg) return null;
  const given = node.arguments?.find((a) => a.name.value === 'first');
  if (given) return Math.max(0, Math.min(MAX_PAGE, intValue(given.value, walk) ?? MAX_PAGE));
  return typeof arg.defaultValue === 'number' ? arg.defaultValue : MAX_PAGE;
}

function selectionCost(set: SelectionSetNode | undefined, type: GraphQLNamedType | null | undefined, walk: Walk, pageSize: number | null): number {
  if (!set) return 0;
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === graphql.Kind.FIELD) {
      cost += fieldCost(selection, type, walk, pageSize);
    } else if (selection.kind === graphql.Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? walk.context.getSchema().getType(selection.typeCondition.name.value) : type;
      cost += selectionCost(selection.selectionSet, on, walk, pageSize);
    } else {
      const name = selection.name.value;
      const fragment = walk.context.getFragment(name);
      if (!fragment || walk.expanding.has(name)) continue;
      walk.expanding.add(name);
      const on = walk.context.getSchema().getType(fragment.typeCondition.name.value);
      cost += selectionCost(fragment.selectionSet, on, walk, pageSize);
      walk.expanding.delete(name);
    }
  }
  return cost;
}

function fieldCost(node: FieldNode, parent: GraphQLNamedType | null | undefined, walk: Walk, pageSize: number | null): number {
  const name = node.name.value;
  if (name.startsWith('__')) return 0;
  if (!parent || !(graphql.isObjectType(parent) || graphql.isInterfaceType(parent))) return 1;
  const def = (parent as GraphQLObjectType).getFields()[name];
  if (!def) return 1; // unknown fields are refused by validation itself
  const own = FIELD_WEIGHT[`${parent.name}.${name}`] ?? 1;
  const named = graphql.getNamedType(def.type);
  let type = def.type;
  if (graphql.isNonNullType(type)) type = type.ofType;
  const first = firstOf(node, def, walk);
  let size = 1;
  let childPage: number | null = null;
  if (graphql.isListType(type)) size = first ?? pageSize ?? LONG_LIST[`${parent.name}.${name}`] ?? LIST_SIZE;
  else if (first !== null) childPage = first; // a Relay connection: `first` sizes its edges
  return own + size * selectionCost(node.selectionSet, named, walk, childPage);
}

/** The cost of one operation of the document being validated. */
export function operationCost(context: ValidationContext, operation: OperationDefinitionNode): number {
  const schema = context.getSchema();
  const root = operation.operation === 'mutation' ? schema.getMutationType()
    : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  const variables = new Map<string, ValueNode | undefined>();
  for (const v of operation.variableDefinitions ?? []) variables.set(v.variable.name.value, v.defaultValue);
  return selectionCost(operation.selectionSet, root, { context, variables, expanding: new Set() }, null);
}

/** A validation rule refusing operations that cost more than `maxCost`. */
export function costLimitRule(maxCost: number, reject: (context: ValidationContext, message: string, node: OperationDefinitionNode) => void) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node: OperationDefinitionNode) {
      const cost = operationCost(context, node);
      if (cost > maxCost) {
        reject(context, `the operation's estimated cost is ${cost}, over the limit of ${maxCost}: ask for fewer fields, smaller pages or shallower nesting`, node);
      }
    },
  });
}
