import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Files run in name order: the last file reads what every earlier file's browser requested. */
export class AlphabeticalSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => a.moduleId.localeCompare(b.moduleId));
  }
}
