/**
 * Cue words of Vietnamese news prose. Grammar, not gazetteer: they say what kind of name follows,
 * and titles/offices become the person's `role` while staying outside the name's span.
 * Phrases are lower case; matching ignores the case of each word's first letter.
 */
import { LazySet } from './lazy';

const words = (s: string): string[] => s.split(',').map((w) => w.trim()).filter(Boolean);
/** A set of such words, built on first use (lazy.ts). */
const wordSet = (s: string): ReadonlySet<string> => new LazySet(() => words(s));

/** Offices and titles: the name that follows is a PERSON and the title is its role. */
export const TITLES = words(`tổng thống, phó tổng thống, chủ tịch, phó chủ tịch, chủ tịch nước, phó chủ tịch nước,
thủ tướng, phó thủ tướng, quyền thủ tướng, ngoại trưởng, bộ trưởng, thứ trưởng, quyền bộ trưởng,
cố vấn an ninh quốc gia, cố vấn, đại sứ, đặc phái viên, đặc sứ, phát ngôn viên, người phát ngôn, nữ phát ngôn viên,
tổng bí thư, bí thư, phó bí thư, bí thư thứ nhất, chủ nhiệm, phó chủ nhiệm, ủy viên, uỷ viên,
thư ký, tổng thư ký, thư ký báo chí, giám đốc, phó giám đốc, tổng giám đốc, phó tổng giám đốc, tgđ, ceo, giám đốc điều hành,
chánh văn phòng, chánh án, viện trưởng, hiệu trưởng, phó hiệu trưởng, trưởng ban, phó trưởng ban, trưởng phòng,
trưởng khoa, phó trưởng khoa, trưởng đoàn, trưởng nhóm, trưởng đại diện, thống đốc, phó thống đốc,
thượng nghị sĩ, hạ nghị sĩ, nghị sĩ, đại biểu, đại biểu quốc hội, tư lệnh, phó tư lệnh, tổng tham mưu trưởng,
đại tướng, thượng tướng, trung tướng, thiếu tướng, đại tá, thượng tá, trung tá, thiếu tá, đại úy, thượng úy, tướng,
quốc vương, hoàng đế, vua, nữ hoàng, thái tử, hoàng tử, công chúa, giáo hoàng, thị trưởng, thủ hiến,
giáo sư, phó giáo sư, tiến sĩ, thạc sĩ, bác sĩ, gs, pgs, ts, ths, bs, bsckii, bscki, gs.ts, pgs.ts, ts.bs, ths.bs,
bs.ck2, bs.ck1, bs.cki, bs.ckii, bsck2, bsck1, bác sĩ chuyên khoa, ths.bs.ckii, ts.bs.ckii, bs.cki.ths,
huấn luyện viên, hlv, trợ lý huấn luyện viên, trợ lý, đội trưởng, thủ quân, chuyên gia, nhà sáng lập, đồng sáng lập,
người sáng lập, chủ sở hữu, nhà đầu tư, tỷ phú, nhà báo, phóng viên, luật sư, kỹ sư, nhà nghiên cứu, nhà khoa học,
nhà ngoại giao, người đồng cấp, nhà lãnh đạo, lãnh đạo, tiền vệ, tiền đạo, hậu vệ, trung vệ, thủ môn, cầu thủ,
ngôi sao, danh thủ, vận động viên, vđv, ca sĩ, nhạc sĩ, diễn viên, đạo diễn, người mẫu, hoa hậu, nhà văn, nhà thơ,
doanh nhân, điều tra viên, kiểm sát viên, thẩm phán, trung úy, thiếu úy, người đứng đầu, quan chức, tổng cục trưởng, cục trưởng, vụ trưởng, giám đốc quốc gia,
tổng biên tập, trưởng, chủ tịch hội đồng quản trị, nghệ sĩ nhân dân, nghệ sĩ ưu tú, nsnd, nsưt, nghệ sĩ, nghệ nhân,
cơ thủ, tay vợt, tay đua, võ sĩ, kỳ thủ, xạ thủ, golfer, rapper, youtuber, tiktoker, vlogger, streamer, mc, dj, nhiếp ảnh gia, họa sĩ, nhà thiết kế, biên đạo, sheikh, emir, tiểu vương, hoàng thân, thân vương, chủ tịch hđqt, thành viên hội đồng quản trị, chánh thanh tra, tổng thanh tra`);

/** Words before a name that say "person" but are not an office (no role). */
export const PERSON_CUES = words(`ông, bà, anh, chị, cụ, bé, cháu, em, ngài, cô, chú, bác, cậu, nữ, nam sinh, nữ sinh,
sinh viên, học sinh, bệnh nhân, nạn nhân, bị cáo, bị can, nghi phạm, đối tượng, vợ, chồng, cựu`);

/** Modifiers that may precede a title: "cựu Tổng thống", "tân Ngoại trưởng", "nguyên Bộ trưởng". */
export const TITLE_MODIFIERS = words('cựu, tân, nguyên, quyền, phó');

/** Head words that open an organisation name when capitalised ("Bộ Ngoại giao", "Công ty ..."). */
export const ORG_HEADS = words(`bộ, ủy ban, uỷ ban, ub, ủy ban nhân dân, hội đồng nhân dân, ubnd, hđnd, tòa án nhân dân,
viện kiểm sát nhân dân, chính phủ, đảng, tỉnh ủy, tỉnh uỷ, thành ủy, thành uỷ, huyện ủy, quận ủy, đảng ủy, đảng uỷ, đại sứ quán, lãnh sự quán, tổng lãnh sự quán, hãng tin, hãng thông tấn, thông tấn xã, tạp chí, báo, đài, đài truyền hình, đại học,
trường, trường đại học, học viện, viện, công ty, tập đoàn, tổng công ty, ngân hàng, bệnh viện, bv, bvđk, sở, cục,
tổng cục, ban, văn phòng, hội đồng, hội, hiệp hội, liên đoàn, liên minh, liên hiệp, tổ chức, quỹ, quân đội, quân khu,
bộ tư lệnh, hải quân, không quân, lục quân, lục quân, thủy quân lục chiến, đồn, đồn biên phòng, trạm, ban quản lý, ban thường vụ, sư đoàn, lữ đoàn, công an, cảnh sát, tòa án, thượng viện, hạ viện, nghị viện, câu lạc bộ, clb, trung tâm,
cơ quan, tổng liên đoàn, mặt trận, nhà xuất bản, nxb, sở giao dịch, hợp tác xã, htx, tổng cục thống kê,
ủy ban công tác, đảng bộ, chi bộ, nhóm, đoàn, đội, phòng, nhà hát, nhạc viện, bảo tàng, thư viện, chứng khoán, công ty chứng khoán, đh, trường đh, trường cđ, cao đẳng, trường cao đẳng, chi cục, tiểu ban,
tòa phúc thẩm, toà phúc thẩm, tòa sơ thẩm, tòa thượng thẩm, tòa liên bang, tòa hiến pháp, tòa trọng tài, quân đoàn, quân ủy, quân uỷ, nhà máy, xí nghiệp, phân viện, tand, tandtc, vksnd, vkstc, vks, thpt, thcs, mầm non, trường mầm non, trường thpt, trường thcs`);

/** Lower-case words before a name that say "organisation" and stay outside the span ("hãng tin RIA"). */
export const ORG_CUES = words(`hãng, hãng tin, hãng thông tấn, báo, tờ, tờ báo, tạp chí, trang, trang tin, kênh, đài,
mạng xã hội, công ty, tập đoàn, ngân hàng, nhà mạng, hãng xe, hãng hàng không, đội, clb, câu lạc bộ, nhóm, lực lượng,
phong trào, quỹ, hãng phim, hãng sản xuất, nhà sản xuất, ứng dụng, nền tảng, sàn, ngân hàng trung ương,
nhóm nhạc, ban nhạc, quỹ đầu tư, đảng, công ty con, công ty mẹ, hãng công nghệ, đối thủ, sàn thương mại điện tử, thương hiệu, nhãn hàng`);

/**
 * Lower-case words inside organisation names ("Cục Quản lý cạnh tranh và bảo vệ người tiêu dùng",
 * "Công ty trách nhiệm hữu hạn một thành viên ..."). Nouns that may END a name:
 */
export const ORG_TAIL_WORDS = words(`nhân dân, tối cao, trung ương, quốc gia, quốc tế, người tiêu dùng, bệnh tật, nhiệt đới,
thủy văn, thuỷ văn, khí tượng, cổ phần, hữu hạn, một thành viên, kiến thiết, bất động sản, giao thông, vận tải, môi trường,
tài nguyên, khoáng sản, dầu khí, năng lượng, viễn thông, truyền thông, trẻ em, phụ nữ, thanh niên, người cao tuổi,
cựu chiến binh, ung bướu, tim mạch, phụ sản, da liễu, nội tiết, tâm thần, y học cổ truyền, bóng đá, điền kinh, thể thao,
du lịch, văn hóa, văn hoá, công nghệ cao, chất lượng cao, khu vực, công nghiệp, nông nghiệp, dược phẩm, thực phẩm,
xuất nhập khẩu, chứng khoán, bảo hiểm, tài chính, hàng không, hàng hải, đường sắt, đường bộ, kinh tế, xã hội, dân số,
lao động, thương binh, thương mại, nhi, trẻ, hình sự, dân sự, kinh tế, ma túy, ma tuý, môi trường, phòng cháy chữa cháy,
cứu nạn cứu hộ, khoa học, công nghệ, kỹ thuật, nghệ thuật, sân khấu, điện ảnh, âm nhạc, mỹ thuật, sư phạm, y tế, y dược,
nhà nước, tư nhân, liên doanh, đại chúng, đại biểu, tổng hợp, đa khoa, chuyên khoa, nội thất, điện lực, cấp nước, thoát nước,
kiểm sát, xuất bản, quân sự, biên phòng, cảnh sát biển, hải quân, không quân, phòng không, chính sách, nông thôn, đô thị,
ngân sách, pháp luật, đối ngoại, quốc phòng, an ninh, tư pháp, dân tộc, tôn giáo, thiếu niên, nhi đồng, nhà nước,
doanh nghiệp, vốn nhà nước, phát thanh, truyền hình, thông tấn, báo chí, thông tin, sinh viên, học sinh, giáo viên,
nông dân, công đoàn, hợp tác xã, vừa và nhỏ, cao cấp, trung cấp, cao đẳng, đại học, mầm non, tiểu học, trung học cơ sở,
trung học phổ thông, phổ thông, tội phạm, dân lập, dịch tễ, vệ sinh, y tế dự phòng, sốt rét, ký sinh trùng, côn trùng,
huyết học, truyền máu, thị trường, mắt, răng hàm mặt, tai mũi họng, lão khoa, chấn thương chỉnh hình, bỏng, phổi, ung thư, cao cấp, cấp cao, cơ giới, bộ binh, thiết giáp, pháo binh, đặc nhiệm, tên lửa, cơ động, quốc lập, quân đội, vũ trang, ngoại thương, công thương, đầu tư và phát triển`);

/** ... verb-like words that only BRIDGE to a capitalised part or a tail noun, and never right after a noun part
 * ("Bộ Tài chính quản lý ngân sách" is a clause; "Cục Quản lý cạnh tranh" is a name): */
export const ORG_BRIDGE_WORDS = words(`quản lý, kiểm soát, dự báo, điều tra, bảo vệ, đào tạo, phát triển, nghiên cứu, cạnh tranh,
phòng chống, chống, đầu tư, sản xuất, kinh doanh, xây dựng, dịch vụ, tư vấn, xuất khẩu, nhập khẩu, khai thác, hỗ trợ,
cung ứng, phân phối, bảo tồn, giám định, kiểm nghiệm, thẩm định, ứng dụng, chuyển giao, thi hành án, giám sát, thanh tra,
kiểm tra, chữa, vận hành, sửa chữa, quy hoạch, tuyển sinh, khảo thí`);

/** ... and other words that link parts of a name but do not end it ("Trường THPT chuyên Lam Sơn"). */
export const ORG_LINK_WORDS = words(`và, một, chuyên, thành viên, trách nhiệm, xổ số, bệnh, phòng, cảnh sát, bảo tàng, điều dưỡng,
phục hồi chức năng, cấp cứu, hồi sức, tội phạm về, kiến trúc, pháp y`);

/** Words after which a capitalised name is a storm, a work or an operation, not a person/place/organisation. */
export const THING_CUES = words(`bão, siêu bão, cơn bão, áp thấp nhiệt đới, phim, bộ phim, ca khúc, bài hát, album, chiến dịch,
tác phẩm, cuốn sách, tiểu thuyết, vở kịch, vở diễn, chương trình, game show, gameshow, giải thưởng, giải, cúp, giải đấu,
hội thảo, sự kiện, cuộc thi, lễ hội, tuần lễ`);

/** First words of foreign club names whose second word may be a city ("Real Madrid", "Inter Miami"). */
export const CLUB_PREFIXES = wordSet(`real, inter, atletico, atlético, athletic, sporting, dynamo, dinamo, olympique, borussia,
bayern, racing, deportivo, celta, al, fc, ac, as, ss, rb, union, hertha, eintracht, shakhtar, spartak, zenit, lokomotiv, cska,
galatasaray, fenerbahce, beşiktaş, besiktas`);

/** Administrative/geographic prefixes that belong inside a place's span ("tỉnh Nghệ An"). */
export const LOC_PREFIXES = words(`tỉnh, thành phố, tp, tp., thị xã, thị trấn, huyện, quận, xã, phường, đặc khu, thôn, ấp,
bản, làng, làng chài, chợ, bang, châu, sông, núi, dãy núi, đảo, quần đảo, vịnh, eo biển, bán đảo, biển, đèo, cao nguyên,
đồng bằng, vùng, sân bay, cảng, ga, đường, khu, cửa khẩu, khu công nghiệp, khu công nghệ cao, khu kinh tế, khu đô thị,
khu chế xuất, khu du lịch, khu bảo tồn, khu dân cư, sân vận động, svđ, bãi cạn, bãi đá, hồ, buôn, bến, quảng trường, vườn quốc gia, thành phố cảng, cảng hàng không, cảng hàng không quốc tế, sân bay quốc tế,
xóm, khóm, tổ dân phố, khu phố, nhóm đảo, cao tốc, đường cao tốc`);

/** Prefixes that may be followed by a number: "quận 1", "phường 5". */
export const NUMBERED_PREFIXES = new Set(['quận', 'phường', 'khu', 'đường', 'phố', 'xóm', 'tổ']);

/** Words before a name that say "place" and stay outside the span. */
export const LOC_CUES = wordSet(`tại, ở, đến, tới, từ, thăm, khỏi, sang, qua, quanh, gần, phía, nước, xứ,
thủ phủ, miền, vùng, khắp, người, sân, cảng, tỉnh, thành phố`);

/** Verbs of saying after a single capitalised word make it a person ("Shih nói"). */
export const SPEECH_VERBS = words(`nói, cho biết, cho hay, khẳng định, phát biểu, nhấn mạnh, tuyên bố, chia sẻ,
thừa nhận, bày tỏ, nhận định, đánh giá, viết, kể, trả lời, giải thích, cảnh báo, tiết lộ`);

/** Lower-case syllables that continue a capitalised word inside an office or organisation name. */
export const NAME_SYLLABLES = wordSet(`giao, chính, tế, phòng, ninh, gia, pháp, vụ, sự, ương, nước, trị, tác, ngoại,
thương, nghiệp, trường, dục, tạo, thông, tải, dựng, tư, hoạch, học, nghệ, hóa, hoá, thao, lịch, động, binh, hội, nguyên,
kê, khoán, phần, mại, triển, không, dân, hạn, hiểm, khoa, bướu, sản, lực, khí, mỏ, lượng, hợp, minh, đoàn, viện, án,
sát, tra, toán, hàng, tệ, cứu, liệu, tin, truyền, hình, thanh, chí, tấn, lý, trợ, lợi, nhi, phủ, đạo, bị, ngữ, xuất,
bản, nhập, khẩu, giáo, vận, tài, môi, ninh, quân, sự, chủ, nghĩa, doanh, quản, bạc, tiền, ngân, phố, ban, cục, cơ, quan,
dịch, vực, bảo, vệ, an, toàn, cư, tịch, sinh, viên, thống, trù, chứng, dụng, thuật, cảnh, dương, lập, kỳ, thuế,
hải, quan, khuẩn, truyền, nhiễm, quyền, tiêu, chuẩn, khảo, nghiên, hưu, trí, kiểm, đầu, số, điện, tử, xây, chấp, hành, sách, đới, quốc, dụng, sức, khỏe, khoẻ, bệnh`);

/** Words that may join two capitalised parts of one organisation name. */
export const ORG_JOINERS = new Set(['và', '&']);

/** Capitalised words that are never entities on their own (captions, connectives, calendar words). */
export const NOT_NAMES = wordSet(`theo, tuy, tuy nhiên, ảnh, video, clip, nguồn, đồ họa, infographic, xem, đọc, tin, bài, trong, khi, sau, trước,
nhưng, và, với, tại, ở, đây, điều, những, các, một, hai, ba, cũng, còn, nếu, vì, do, để, từ, cho, chúng, tôi, họ, cả, giới, sao, lãnh đạo, đại diện, quan, đội, đoàn, phó, tân, cựu,
người, ông, bà, phía, về, tháng, ngày, thứ, chủ nhật, sáng, chiều, tối, hôm, lúc, đến, dù, mặc, tiêu điểm, hot, tết,
mời, bạn, đó, này, như, nhà, hiện, cùng, lần, ngoài, bên, dẫn, mới, nhiều, mỗi, vậy, không, có, là, được, đã, sẽ,
đang, giữa, trên, dưới, tuần, quý, top, usd, vnd, đồng, thông tin, kết quả, video clip, live, online, bố, mẹ, chồng, vợ`);

/** Acronyms that are units, formats or section labels, not organisations. */
export const NOT_ACRONYMS = wordSet(`usd, vnd, eur, gdp, cpi, ceo, cfo, ai, pc, tv, ip, it, ok, hot, vip, sms, gps, dna, adn, atm, etf, ipo, covid,
nph, lng, gmt, utc, am, pm, km, kg, mw, kwh, ii, iii, iv, vi, vii, viii, ix, xi, xii, xiv, xx, xxi, gs, pgs, ts, ths,
bs, hlv, vđv, tp, hcm, tphcm, ubnd, hđnd, clb, nxb, htx, bv, bvđk, thpt, thcs, tnhh, cp, ctcp, ts.bs, pgs.ts, gs.ts,
ths.bs, bsckii, bscki, đt, u23, u22, u21, u19, u17, ra, bđs, mc, dj, sos, faq, pdf, html, url, id, qr, vn, cn, pr,
kol, hr, vat, sn, mv, ost, cd, dvd, suv, ev, vr, ar, 5g, 4g, lte, iot, hđqt, đhđcđ, mtv, đh, đhqg, tw, vip, nato2, xk, nk, ktxh, ncs, sv, hs, ttck, jpy, gbp, cad, sek, chf, cny, rmb, aud, krw, thb, sgd, dxy, wti, us`);

/**
 * Common Vietnamese middle names: a capitalised pair opening with one ("Tuấn Anh", "Ngọc Quang", "Quang Hải") is
 * read as a given name even without a surname; a pair without a surname or one of these ("Bến Thành", "Cần Giờ")
 * is left untyped unless it names something found elsewhere.
 */
export const MIDDLE_NAMES = wordSet(`văn, thị, ngọc, minh, quang, tuấn, đức, công, tiến, hoàng, xuân, thanh, hữu, hồng, kim,
bảo, gia, mạnh, trọng, quốc, hải, duy, đình, thế, tấn, thùy, thuỳ, thúy, thuý, mỹ, diệu, khánh, quỳnh, trung, hoài, ánh,
phương, thu, lan, huy, anh, hùng, tuệ, như, hà, hương, thảo, nhật, trường, phúc, đăng, bích, cẩm, kiều, tường, vân, yến`);
