import { ApiProperty, PickType } from '@nestjs/swagger';
import { OneOf } from '../../../common/api-docs';
import { UserBody } from '../../dto/user.response';
import type { InvitationStatus } from '../invitation-rules';
import type { InvitationView } from '../invitation.view';

export class InvitationBody
  extends PickType(UserBody, [
    'id',
    'email',
    'name',
    'role',
    'countyCode',
    'municipalityCode',
    'organisationId',
    'createdAt',
  ])
  implements InvitationView
{
  @OneOf(['pending', 'expired', 'accepted', 'withdrawn']) status!: InvitationStatus;
  @ApiProperty({ format: 'date-time' }) sentAt!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ description: 'Whether the link went out by e-mail' }) emailed!: boolean;
  @ApiProperty({ required: false, description: 'The link to hand over, when it could not be e-mailed' })
  link?: string;
}
