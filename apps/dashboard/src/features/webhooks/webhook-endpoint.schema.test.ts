import { describe, expect, it } from 'vitest';
import { webhookUrlSchema } from './webhook-endpoint.schema';

const problem = (url: string) => webhookUrlSchema.safeParse(url).error?.issues[0]?.message;

describe('the webhook URL check', () => {
  it('accepts https anywhere and http only to this machine', () => {
    expect(problem('https://crm.example.com/hooks')).toBeUndefined();
    expect(problem('http://localhost:4000/hook')).toBeUndefined();
    expect(problem('http://127.0.0.1:4000/hook')).toBeUndefined();
    expect(problem('http://[::1]:4000/hook')).toBeUndefined();
    expect(problem('http://crm.example.com/hooks')).toBe(
      'Use an https:// URL (http:// only for localhost while developing)',
    );
    expect(problem('ftp://example.com/hooks')).toBe(
      'Use an https:// URL (http:// only for localhost while developing)',
    );
  });

  it('asks for a full URL without credentials', () => {
    expect(problem('')).toBe('Enter the URL that receives the events');
    expect(problem('crm.example.com/hooks')).toBe('Enter a full URL, like https://example.com/hooks/vicinity');
    expect(problem('https://user:pass@crm.example.com/hooks')).toBe('Leave the user name and password out of the URL');
  });
});
