import GithubSlugger from "github-slugger";
import type { OpenApiDocument } from "../spec/openapi.ts";
import type { OperationModel } from "../spec/operations.ts";

/** The operations of one tag (an operation's first tag; "Other" without one), with the tag's own page. */
export interface OperationGroup {
  name: string;
  description?: string;
  /** Where the group's page lives, from the site root: `tags/<slug>.html`. */
  href: string;
  operations: OperationModel[];
}

/** Where an operation's page lives, from the site root. */
export function operationHref(operation: Pick<OperationModel, "operationId">): string {
  return `reference/${operation.operationId}.html`;
}

/** Groups in the order their first operation appears in the spec, operations in spec order. */
export function groupOperations(doc: OpenApiDocument, operations: OperationModel[]): OperationGroup[] {
  const descriptions = new Map((doc.tags ?? []).map((tag) => [tag.name, tag.description]));
  const slugger = new GithubSlugger();
  const groups = new Map<string, OperationGroup>();
  for (const operation of operations) {
    const name = operation.tags[0] ?? "Other";
    let group = groups.get(name);
    if (group === undefined) {
      group = { name, href: `tags/${slugger.slug(name) || slugger.slug("group")}.html`, operations: [] };
      const description = descriptions.get(name);
      if (description !== undefined) group.description = description;
      groups.set(name, group);
    }
    group.operations.push(operation);
  }
  return [...groups.values()];
}
