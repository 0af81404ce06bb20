/**
 * A resource whose key is digits (`/status/100`: `status._100`) keeps its settled class name (`Status100Resource`):
 * its key alone (`100Resource`) is no Python identifier.
 */
import { describe, expect, it } from 'vitest';
import type { Resource } from '../../generator/ir/types';
import { resourceClassStem } from '../../generator/emit/python/resources/resource-class';

const resource = (className: string, key: string): Resource =>
  ({ className, property: key, configKey: key, subresources: [], methods: [] }) as unknown as Resource;

describe('a resource class named after its key', () => {
  it('keeps the settled name when the key is digits', () => {
    expect(resourceClassStem(resource('Status100', '100'))).toBe('Status100');
    expect(resourceClassStem(resource('FileMetadata', 'metadata'))).toBe('Metadata');
  });
});
