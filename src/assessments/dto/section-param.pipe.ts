import { PipeTransform } from '@nestjs/common';
import { notFound } from '../../common/domain-error';
import { isSectionKey, SectionKey } from '../sections';

/** A section named in the path; any other name is a 404. */
export class SectionParamPipe implements PipeTransform<string, SectionKey> {
  transform(value: string): SectionKey {
    if (!isSectionKey(value)) throw notFound('not_found.section');
    return value;
  }
}
