import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue, Result } from 'axe-core';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

/** What the dashboard must never show: WCAG failures that block or seriously hinder someone. */
const failingImpacts: readonly ImpactValue[] = ['critical', 'serious'];

export interface AccessibilityCheck {
  state: string;
  violations: Result[];
}

/** Runs axe-core on the page as it is now (injected again after each full page load). */
export async function checkAccessibility(page: Page, state: string): Promise<AccessibilityCheck> {
  if (!(await page.evaluate<boolean>("typeof window.axe === 'object'"))) {
    await page.addScriptTag({ content: await axeSource });
  }
  const results = await page.evaluate<AxeResults>("axe.run(document, { resultTypes: ['violations'] })");
  return { state, violations: results.violations };
}

export function failingViolations({ violations }: AccessibilityCheck): Result[] {
  return violations.filter((violation) => violation.impact && failingImpacts.includes(violation.impact));
}

export function describeViolations(check: AccessibilityCheck, violations: Result[]): string {
  const lines = violations.map((violation) => {
    const targets = violation.nodes
      .slice(0, 5)
      .map((node) => `      ${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1).join(' ') ?? ''}`);
    return [
      `  ${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.length} elements)`,
      ...targets,
    ];
  });
  return [`Accessibility violations on "${check.state}":`, ...lines.flat()].join('\n');
}

interface GraphqlAnswer {
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Collects what a developer's browser console would show: errors and warnings (Apollo warns of refetching queries
 * that are not on the page), uncaught exceptions, and GraphQL answers carrying errors (a query refetching what was
 * just erased). `take()` hands them over and starts afresh.
 */
export function watchConsole(page: Page): { take(): string[] } {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console ${message.type()}: ${message.text()} at ${message.location().url}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught ${error.name}: ${error.message}`));
  page.on('response', async (response) => {
    if (!response.url().endsWith('/graphql')) return;
    const operation = (response.request().postDataJSON() as { operationName?: string } | null)?.operationName;
    const answer = (await response.json().catch(() => ({}))) as GraphqlAnswer;
    for (const error of answer.errors ?? []) {
      problems.push(
        `GraphQL ${operation ?? 'operation'} answered ${error.extensions?.code ?? 'an error'}: ${error.message}`,
      );
    }
  });
  return { take: () => problems.splice(0) };
}
