import { ApiProperty } from '@nestjs/swagger';
import { ListOf, Nullable, OneOf } from '../../common/api-docs';
import type { ReminderKind } from '../reminder-rules';
import type { ReminderView } from '../reminders.service';

export class ReminderBody implements ReminderView {
  @Nullable(String, { description: 'The municipality reminded; null for an organisation' })
  municipalityCode!: string | null;
  @Nullable(String, { description: 'The organisation reminded; null for a municipality' })
  organisationId!: string | null;
  @ApiProperty({
    description: 'The step of the plan (`7-days-before`, `1-days-after`) or `now-…` for one sent by hand',
  })
  step!: string;
  @OneOf(['not_submitted', 'returned']) kind!: ReminderKind;
  @OneOf(['sending', 'sent', 'no_recipient']) status!: 'sending' | 'sent' | 'no_recipient';
  @ListOf(String) recipients!: string[];
  @Nullable(String, { format: 'date-time' }) sentAt!: string | null;
}
