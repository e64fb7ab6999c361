import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssessmentsModule } from '../assessments/assessments.module';
import { AuthModule } from '../auth/auth.module';
import { GeographyModule } from '../geography/geography.module';
import { RoundsModule } from '../rounds/rounds.module';
import { UsersModule } from '../users/users.module';
import { ForumLiveRepository } from './forum-live.repository';
import { ForumPollsController } from './forum-polls.controller';
import { ForumPollsService } from './forum-polls.service';
import { ForumResultsService } from './forum-results.service';
import { Forum } from './forum.entity';
import { ForumsController } from './forums.controller';
import { ForumTextsController } from './forum-texts.controller';
import { ForumPreparationsService } from './forum-preparations.service';
import { ForumTextsService } from './forum-texts.service';
import { GroupRoomsService } from './group-rooms.service';
import { ForumsService } from './forums.service';
import { ForumBus } from './live/forum-bus';
import { ForumStreams } from './live/forum-streams';
import { ParticipationController } from './participation.controller';
import { ParticipationService } from './participation.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Forum]),
    GeographyModule,
    RoundsModule,
    AssessmentsModule,
    UsersModule,
    AuthModule,
  ],
  controllers: [ForumsController, ForumPollsController, ForumTextsController, ParticipationController],
  providers: [
    ForumsService,
    ForumPollsService,
    ForumTextsService,
    ForumPreparationsService,
    GroupRoomsService,
    ForumResultsService,
    ParticipationService,
    ForumLiveRepository,
    ForumBus,
    ForumStreams,
  ],
  exports: [
    ForumsService,
    ForumPollsService,
    ForumTextsService,
    ForumPreparationsService,
    GroupRoomsService,
    ForumResultsService,
    ParticipationService,
    ForumStreams,
  ],
})
export class ForumsModule {}
