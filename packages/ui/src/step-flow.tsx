import { Stepper, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

export interface FlowStep {
  label: string;
  description?: string;
  content: ReactNode;
  /** Marks the step red, e.g. when the server refused one of its fields. */
  invalid?: boolean;
}

export interface StepFlowProps {
  steps: readonly FlowStep[];
  active: number;
  /** Called when a step header is clicked; only steps up to `reachable` can be chosen. */
  onStepClick?: (index: number) => void;
  /** The furthest step the user may jump to by clicking its header. */
  reachable?: number;
}

export function StepFlow({ steps, active, onStepClick, reachable = active }: StepFlowProps) {
  return (
    <Stepper active={active} onStepClick={onStepClick} allowNextStepsSelect={false} size="sm" wrap>
      {steps.map((step, index) => (
        <Stepper.Step
          key={step.label}
          label={step.label}
          description={step.description}
          color={step.invalid ? 'red' : undefined}
          allowStepSelect={index <= reachable && index !== active}
        >
          {/* The stepper names the step visually; the heading places the step's own headings under it. */}
          <VisuallyHidden component="h2">{step.label}</VisuallyHidden>
          {step.content}
        </Stepper.Step>
      ))}
    </Stepper>
  );
}
