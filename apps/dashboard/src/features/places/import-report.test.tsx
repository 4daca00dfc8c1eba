import { render, screen } from '@testing-library/react';
import { UiProvider } from '@vicinity/ui';
import { describe, expect, it } from 'vitest';
import { ImportReportView } from './import-report';

describe('the CSV import report', () => {
  it('counts in words that agree with the number', () => {
    render(
      <UiProvider env="test">
        <ImportReportView what="geofences" report={{ imported: 1, errors: [] }} />
        <ImportReportView what="beacons" report={{ imported: 2, errors: [] }} />
        <ImportReportView
          what="beacons"
          report={{
            imported: 0,
            errors: [
              { row: 2, field: 'major', message: 'must be a number' },
              { row: 3, field: 'minor', message: 'must be a number' },
            ],
          }}
        />
      </UiProvider>,
    );
    expect(screen.getByText('Imported 1 geofence.')).toBeInTheDocument();
    expect(screen.getByText('Imported 2 beacons.')).toBeInTheDocument();
    expect(screen.getByText(/^2 problems were found\./)).toBeInTheDocument();
  });
});
