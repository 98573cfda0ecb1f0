import { SfCommand } from '@salesforce/sf-plugins-core';
import { flushedOutput } from './flushed-output.js';

/** What every intuser command shares beyond SfCommand: its error written out whole before the process ends. */
export abstract class IntuserCommand<T> extends SfCommand<T> {
  /** The error as sf-plugins-core writes it, all of it: a long --json answer is not cut by the exit that follows. */
  protected override async catch(error: Parameters<SfCommand<unknown>['catch']>[0]): Promise<never> {
    try {
      return await super.catch(error);
    } finally {
      await flushedOutput();
    }
  }
}
