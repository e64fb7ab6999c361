import { ApiProperty } from '@nestjs/swagger';
import { ListOf, Nullable } from '../../common/api-docs';
import type { PreparationStatus, PreparationView } from '../forum-preparations.service';
import type { TextSectionView } from '../forum-texts.service';
import type { GroupRoomView, TimerView } from '../group-rooms.service';

export class TextSectionBody implements TextSectionView {
  @ApiProperty({
    description:
      'The section: of a preparation risks, measures, plans, themes or other; of a group room a municipality code or summary',
  })
  section!: string;
  @ApiProperty({
    description: 'The text; for a preparation section never saved, the proposal from the latest assessment',
  })
  text!: string;
  @ApiProperty({ description: '0 for a section never saved' }) version!: number;
  @Nullable(String, { format: 'date-time' }) updatedAt!: string | null;
  @Nullable(String, { description: 'The name of who saved it last' }) updatedBy!: string | null;
}

class PreparationSourceBody {
  @ApiProperty() roundId!: string;
  @ApiProperty() roundTitle!: string;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
}

class PreparedBody {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty() by!: string;
}

export class PreparationBody implements PreparationView {
  @ApiProperty() forumId!: string;
  @ApiProperty() municipalityCode!: string;
  @ApiProperty() municipalityName!: string;
  @Nullable(PreparationSourceBody, { description: 'The assessment the proposal was made from' })
  source!: PreparationSourceBody | null;
  @Nullable(PreparedBody) prepared!: PreparedBody | null;
  @ListOf(TextSectionBody) sections!: TextSectionBody[];
}

export class PreparationStatusBody implements PreparationStatus {
  @ApiProperty() municipalityCode!: string;
  @ApiProperty() municipalityName!: string;
  @ApiProperty() groupName!: string;
  @ApiProperty() savedSections!: number;
  @Nullable(String, { format: 'date-time' }) preparedAt!: string | null;
}

class TimerBody implements TimerView {
  @ApiProperty() municipalityCode!: string;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty() minutes!: number;
}

class GroupBody {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
}

class GroupMunicipalityBody {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}

export class GroupRoomBody implements GroupRoomView {
  @ApiProperty() forumId!: string;
  @ApiProperty({ type: GroupBody }) group!: GroupBody;
  @ListOf(GroupMunicipalityBody) municipalities!: GroupMunicipalityBody[];
  @ListOf(TextSectionBody, { description: 'A note per municipality, then the summary' })
  notes!: TextSectionBody[];
  @Nullable(TimerBody) timer!: TimerBody | null;
}
