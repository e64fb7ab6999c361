import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { invalid } from './domain-error';
import { findUnsafeText } from './text-safety';

/** Refuses, before any validator sees it, input with broken Unicode or control characters, naming the field. */
@Injectable()
export class TextSafetyPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const prefix = metadata.type === 'body' ? '' : (metadata.data ?? '');
    const found = findUnsafeText(value, prefix);
    if (found) throw invalid([found]);
    return value;
  }
}
